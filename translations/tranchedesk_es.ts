<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TrancheDesk</source>
        <translation>Acerca de TrancheDesk</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:16pt; font-weight:600&quot;&gt;TrancheDesk&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;font-size:16pt; font-weight:600&quot;&gt;TrancheDesk&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Trades perpetual futures on Aster with every bot entry managed as its own tranche: its own entry, take profit, stop loss, isolation and P&amp;L.</source>
        <translation>Opera futuros perpetuos en Aster y gestiona cada entrada del bot como un tramo propio: su propia entrada, toma de ganancias, stop loss, aislamiento y P&amp;L.</translation>
    </message>
    <message>
        <source>Copyright © 2026 TrancheDesk authors. TrancheDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Copyright © 2026 los autores de TrancheDesk. TrancheDesk es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA.</translation>
    </message>
    <message>
        <source>Libraries used:</source>
        <translation>Bibliotecas utilizadas:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <source>Exchange announcements</source>
        <translation>Anuncios del exchange</translation>
    </message>
    <message>
        <source>Notices the exchange sent this session: listings, maintenance, and notices addressed to your account. Each one is also in the event timeline.</source>
        <translation>Avisos que el exchange envió en esta sesión: listados, mantenimiento y avisos dirigidos a su cuenta. Cada uno aparece también en la cronología de eventos.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>Aster API keys</source>
        <translation>Claves API de Aster</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <source>API wallet (V3, keys created since March 2026)</source>
        <translation>Monedero API (V3, claves creadas desde marzo de 2026)</translation>
    </message>
    <message>
        <source>HMAC API key and secret (V1, older keys)</source>
        <translation>Clave API HMAC y secreto (V1, claves antiguas)</translation>
    </message>
    <message>
        <source>Account address:</source>
        <translation>Dirección de la cuenta:</translation>
    </message>
    <message>
        <source>API wallet private key:</source>
        <translation>Clave privada del monedero API:</translation>
    </message>
    <message>
        <source>64 hex digits, with or without 0x</source>
        <translation>64 dígitos hexadecimales, con o sin 0x</translation>
    </message>
    <message>
        <source>API wallet address:</source>
        <translation>Dirección del monedero API:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>Secreto API:</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto API</translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s keychain, never in the configuration file or the logs.</source>
        <translation>Se guardan en el llavero del sistema operativo, nunca en el archivo de configuración ni en los registros.</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Recorded market files</source>
        <translation>Archivos de mercado grabados</translation>
    </message>
    <message>
        <source>Candles, price ticks, liquidations and funding rates as CSV. The kind of each file is told from its header.</source>
        <translation>Velas, ticks de precio, liquidaciones y tasas de financiación en CSV. El tipo de cada archivo se deduce de su cabecera.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Recorded by TrancheDesk</source>
        <translation>Grabado por TrancheDesk</translation>
    </message>
    <message>
        <source>Replay the liquidations this app recorded</source>
        <translation>Reproducir las liquidaciones que grabó esta aplicación</translation>
    </message>
    <message>
        <source>Replay the prices this app recorded:</source>
        <translation>Reproducir los precios que grabó esta aplicación:</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Symbol of files without a symbol column:</source>
        <translation>Símbolo de los archivos sin columna de símbolo:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Starting balance (USDT):</source>
        <translation>Saldo inicial (USDT):</translation>
    </message>
    <message>
        <source>Exchange info (optional):</source>
        <translation>Información del exchange (opcional):</translation>
    </message>
    <message>
        <source>exchangeInfo JSON, for the symbols&apos; tick and step sizes</source>
        <translation>JSON de exchangeInfo, para los tamaños de tick y de paso de los símbolos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Settings to vary</source>
        <translation>Ajustes que variar</translation>
    </message>
    <message>
        <source>Strategy presets</source>
        <translation>Estrategias predefinidas</translation>
    </message>
    <message>
        <source>Compare the four strategy presets (one variant each)</source>
        <translation>Comparar las cuatro estrategias predefinidas (una variante cada una)</translation>
    </message>
    <message>
        <source>Vary settings</source>
        <translation>Variar ajustes</translation>
    </message>
    <message>
        <source>A setting takes each value listed; several settings make a grid of every combination. Each variant starts from the current configuration.</source>
        <translation>Un ajuste toma cada valor indicado; varios ajustes forman una cuadrícula con todas las combinaciones. Cada variante parte de la configuración actual.</translation>
    </message>
    <message>
        <source>values, comma-separated: 2, 3, 4</source>
        <translation>valores separados por comas: 2, 3, 4</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Equity and drawdown</source>
        <translation>Capital y drawdown</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Apply these settings…</source>
        <translation>Aplicar estos ajustes…</translation>
    </message>
    <message>
        <source>Export tables as CSV…</source>
        <translation>Exportar tablas como CSV…</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Guardar gráficos como PNG…</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Ejecutar backtest</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConnectEngineDialog</name>
    <message>
        <source>Connect to engine</source>
        <translation>Conectar al motor</translation>
    </message>
    <message>
        <source>Open a window onto a tranchedesk-engine running elsewhere (a server, or this machine). It shows what the engine sees and, with a control token, steers it.</source>
        <translation>Abre una ventana a un tranchedesk-engine que se ejecuta en otro lugar (un servidor o esta máquina). Muestra lo que ve el motor y, con un token de control, lo dirige.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>HOST:PORT, for example 127.0.0.1:8787</source>
        <translation>HOST:PORT, por ejemplo 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>printed once by tranchedesk-engine --add-token</source>
        <translation>lo imprime una sola vez tranchedesk-engine --add-token</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
</context>
<context>
    <name>DownloadCandlesDialog</name>
    <message>
        <source>Download candles</source>
        <translation>Descargar velas</translation>
    </message>
    <message>
        <source>1-minute candles (last prices, with volume) from the exchange&apos;s public klines, kept in the store for backtests. A download that stopped resumes after the last candle it stored.</source>
        <translation>Velas de 1 minuto (últimos precios, con volumen) de las klines públicas del exchange, guardadas en el almacén para backtests. Una descarga interrumpida se reanuda tras la última vela que guardó.</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Símbolo</translation>
    </message>
    <message>
        <source>&amp;From (UTC)</source>
        <translation>&amp;Desde (UTC)</translation>
    </message>
    <message>
        <source>&amp;To (UTC)</source>
        <translation>&amp;Hasta (UTC)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar descarga</translation>
    </message>
</context>
<context>
    <name>ExchangeProfileBox</name>
    <message>
        <source>Exchange for LIVE</source>
        <translation>Exchange para LIVE</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange:</translation>
    </message>
    <message>
        <source>Aster mainnet</source>
        <translation>Aster mainnet</translation>
    </message>
    <message>
        <source>Aster testnet</source>
        <translation>Aster testnet</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>&amp;REST URL:</source>
        <translation>URL &amp;REST:</translation>
    </message>
    <message>
        <source>https://fapi.example.com or http://127.0.0.1:8900</source>
        <translation>https://fapi.example.com o http://127.0.0.1:8900</translation>
    </message>
    <message>
        <source>&amp;Stream URL:</source>
        <translation>URL de &amp;stream:</translation>
    </message>
    <message>
        <source>wss://fstream.example.com or ws://127.0.0.1:8900</source>
        <translation>wss://fstream.example.com o ws://127.0.0.1:8900</translation>
    </message>
    <message>
        <source>&amp;Chain id:</source>
        <translation>&amp;ID de cadena:</translation>
    </message>
    <message>
        <source>1666 (mainnet&apos;s), 714 (testnet&apos;s)</source>
        <translation>1666 (el de mainnet), 714 (el de testnet)</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;b&gt;Welcome to TrancheDesk.&lt;/b&gt; You are on a &lt;b&gt;simulated market&lt;/b&gt;: PAPER mode trades the built-in demo market, with no keys and no real money. Add or change a symbol in &lt;b&gt;Settings → Configure…&lt;/b&gt; (Ctrl+,). Real trading is the &lt;b&gt;Switch to LIVE…&lt;/b&gt; button in the toolbar. The user guide (F1) explains every panel.</source>
        <translation>&lt;b&gt;Bienvenido a TrancheDesk.&lt;/b&gt; Está en un &lt;b&gt;mercado simulado&lt;/b&gt;: el modo PAPER opera en el mercado demo integrado, sin claves y sin dinero real. Añada o cambie un símbolo en &lt;b&gt;Configuración → Configurar…&lt;/b&gt; (Ctrl+,). La operativa real es el botón &lt;b&gt;Cambiar a LIVE…&lt;/b&gt; de la barra de herramientas. La guía del usuario (F1) explica cada panel.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>PlainKeysDialog</name>
    <message>
        <source>API keys in a plain file</source>
        <translation>Claves API en un archivo de texto plano</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Move to keychain</source>
        <translation>Mover al llavero</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>The window shows a remote engine; only the engine writes its store.</source>
        <translation>La ventana muestra un motor remoto; solo el motor escribe su almacén.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TrancheDesk settings</source>
        <translation>Configuración de TrancheDesk</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>e.g. SOLUSDT</source>
        <translation>p. ej. SOLUSDT</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Strategy presets:</source>
        <translation>Estrategias predefinidas:</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Import original bot config…</source>
        <translation>Importar configuración del bot original…</translation>
    </message>
    <message>
        <source>Export config…</source>
        <translation>Exportar configuración…</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>Claves API…</translation>
    </message>
    <message>
        <source>Doubtful but usable settings, checked as you edit. They do not stop Save.</source>
        <translation>Ajustes dudosos pero utilizables, comprobados mientras edita. No impiden Guardar.</translation>
    </message>
</context>
<context>
    <name>TrancheDetailPanel</name>
    <message>
        <source>Entry:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Margen:</translation>
    </message>
    <message>
        <source>Leverage:</source>
        <translation>Apalancamiento:</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L:</source>
        <translation>P&amp;L no realizado:</translation>
    </message>
    <message>
        <source>PnL % / ROE %:</source>
        <translation>P&amp;L % / ROE %:</translation>
    </message>
    <message>
        <source>Take profit:</source>
        <translation>Toma de ganancias:</translation>
    </message>
    <message>
        <source>Stop loss:</source>
        <translation>Stop loss:</translation>
    </message>
    <message>
        <source>Realized P&amp;L:</source>
        <translation>P&amp;L realizado:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Comisiones:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Isolated at:</source>
        <translation>Aislado en:</translation>
    </message>
    <message>
        <source>Exit:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <source>Position side:</source>
        <translation>Lado de la posición:</translation>
    </message>
    <message>
        <source>Entry order:</source>
        <translation>Orden de entrada:</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Financiación:</translation>
    </message>
    <message>
        <source>Funding received (+) or paid (−) while the tranche was open, every 8 h; already part of its realized P&amp;L.</source>
        <translation>Financiación recibida (+) o pagada (−) mientras el tramo estuvo abierto, cada 8 h; ya forma parte de su P&amp;L realizado.</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What-if on this run</source>
        <translation>Análisis hipotético de esta ejecución</translation>
    </message>
    <message>
        <source>Open a store file…</source>
        <translation>Abrir un archivo de almacén…</translation>
    </message>
    <message>
        <source>Read another run&apos;s store (paper.db, live.db or a copy), without changing it</source>
        <translation>Leer el almacén de otra ejecución (paper.db, live.db o una copia), sin modificarlo</translation>
    </message>
    <message>
        <source>The store keeps neither the mark at each close nor how its fees split between the tranches: WORST_FIRST and BEST_FIRST rank by the fill&apos;s price, and the fees of each close are spread by quantity. Totals per close are exact; a tranche&apos;s share of the fees is an estimate.</source>
        <translation>El almacén no guarda ni el precio de marca en cada cierre ni cómo se repartieron sus comisiones entre los tramos: WORST_FIRST y BEST_FIRST ordenan por el precio de ejecución, y las comisiones de cada cierre se reparten según la cantidad. Los totales por cierre son exactos; la parte de las comisiones que corresponde a un tramo es una estimación.</translation>
    </message>
    <message>
        <source>Re-run in a backtest…</source>
        <translation>Volver a ejecutar en un backtest…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrancheDesk could not start:

%1</source>
        <translation>TrancheDesk no pudo iniciarse:

%1</translation>
    </message>
</context>
<context>
    <name>tranchedesk-cli</name>
    <message>
        <source>Runs a scenario (JSONL) through the tranche engine on the paper exchange and prints the result as JSON.</source>
        <translation>Ejecuta un escenario (JSONL) con el motor de tramos en el exchange simulado e imprime el resultado como JSON.</translation>
    </message>
    <message>
        <source>The scenario file (JSONL); - for standard input.</source>
        <translation>El archivo del escenario (JSONL); - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Keep the store in this SQLite file (default: a temporary file).</source>
        <translation>Guarda el almacén en este archivo SQLite (por defecto: un archivo temporal).</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>Sangra la salida JSON.</translation>
    </message>
    <message>
        <source>simulate needs exactly one scenario file (see tranchedesk-cli simulate --help)</source>
        <translation>simulate necesita exactamente un archivo de escenario (vea tranchedesk-cli simulate --help)</translation>
    </message>
    <message>
        <source>cannot read the scenario %1: %2</source>
        <translation>no se puede leer el escenario %1: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>Writes tranches.csv and events.csv from a TrancheDesk store.</source>
        <translation>Escribe tranches.csv y events.csv a partir de un almacén de TrancheDesk.</translation>
    </message>
    <message>
        <source>The SQLite store to read.</source>
        <translation>El almacén SQLite que se lee.</translation>
    </message>
    <message>
        <source>The folder to write the CSV files into.</source>
        <translation>La carpeta donde se escriben los archivos CSV.</translation>
    </message>
    <message>
        <source>export needs --db FILE and --out DIR</source>
        <translation>export necesita --db FILE y --out DIR</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <source>exported %1 tranches and %2 events to %3</source>
        <translation>exportados %1 tramos y %2 eventos a %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>orden desconocida «%1»
%2</translation>
    </message>
    <message>
        <source>usage: %1
       %2
       %3</source>
        <translation>uso: %1
     %2
     %3</translation>
    </message>
</context>
<context>
    <name>trd::app::AppOptions</name>
    <message>
        <source>TrancheDesk: perpetual futures on Aster, every entry its own tranche.</source>
        <translation>TrancheDesk: futuros perpetuos en Aster, cada entrada es su propio tramo.</translation>
    </message>
    <message>
        <source>system (default), dark or light.</source>
        <translation>system (por defecto), dark o light.</translation>
    </message>
    <message>
        <source>Save PNGs of the main views into &lt;dir&gt;, then quit.</source>
        <translation>Guarda capturas PNG de las vistas principales en &lt;dir&gt; y sale.</translation>
    </message>
    <message>
        <source>Seconds to run before the screenshots (default 45).</source>
        <translation>Segundos de ejecución antes de las capturas (por defecto 45).</translation>
    </message>
    <message>
        <source>Show the tranchedesk-engine at &lt;address&gt; (HOST:PORT, or a ws:// or wss:// URL) instead of running one.</source>
        <translation>Muestra el tranchedesk-engine en &lt;address&gt; (HOST:PORT, o una URL ws:// o wss://) en lugar de ejecutar uno.</translation>
    </message>
    <message>
        <source>With --connect: the engine token, first line of &lt;file&gt; (mode 0600). Else $TRANCHEDESK_ENGINE_TOKEN, else the keychain.</source>
        <translation>Con --connect: el token del motor, primera línea de &lt;file&gt; (modo 0600). Si no, $TRANCHEDESK_ENGINE_TOKEN; si no, el llavero.</translation>
    </message>
    <message>
        <source>With --connect to wss: the engine certificate&apos;s SHA-256 to pin, instead of asking on first use.</source>
        <translation>Con --connect a wss: el SHA-256 del certificado del motor que se fija, en lugar de preguntar en el primer uso.</translation>
    </message>
</context>
<context>
    <name>trd::app::DeskApp</name>
    <message>
        <source>The API keys are in the keychain now, and no longer in the configuration file.</source>
        <translation>Las claves API están ahora en el llavero, y ya no en el archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>trd::app::RemoteDeskApp</name>
    <message>
        <source>Could not read the certificate of the engine at %1: %2</source>
        <translation>No se pudo leer el certificado del motor en %1: %2</translation>
    </message>
    <message>
        <source>This is the first connection to the engine at %1. Its certificate&apos;s SHA-256 fingerprint is:

%2

Compare it with the fingerprint the engine logs when it starts. Trust this engine from now on?</source>
        <translation>Esta es la primera conexión con el motor en %1. La huella SHA-256 de su certificado es:

%2

Compárela con la huella que el motor registra al iniciarse. ¿Confiar en este motor a partir de ahora?</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>Conectar al motor</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate was not trusted; nothing was sent to it.</source>
        <translation>No se confió en el certificado del motor; no se le envió nada.</translation>
    </message>
</context>
<context>
    <name>trd::backtest</name>
    <message>
        <source>--vary %1: &quot;%2&quot; is not true or false</source>
        <translation>--vary %1: «%2» no es true ni false</translation>
    </message>
</context>
<context>
    <name>trd::backtest::CsvLineReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>trd::backtest::MarketFileReader</name>
    <message>
        <source>the file is empty (expected a header row)</source>
        <translation>el archivo está vacío (se esperaba una fila de cabecera)</translation>
    </message>
    <message>
        <source>%1: line 1: unknown header &quot;%2&quot; (expected candles: time,open,high,low,close; ticks: time,price; liquidations: time,symbol,side,price,qty; funding: time,symbol,rate)</source>
        <translation>%1: línea 1: cabecera desconocida «%2» (se esperaba para velas: time,open,high,low,close; ticks: time,price; liquidaciones: time,symbol,side,price,qty; financiación: time,symbol,rate)</translation>
    </message>
    <message>
        <source>%1: line 1: the %2 header &quot;%3&quot; has no time column</source>
        <translation>%1: línea 1: la cabecera de %2 «%3» no tiene columna de tiempo</translation>
    </message>
    <message>
        <source>%1: the file has no symbol column: say which symbol it is with --symbol</source>
        <translation>%1: el archivo no tiene columna de símbolo: indique qué símbolo es con --symbol</translation>
    </message>
    <message>
        <source>%1: a funding file needs a symbol column</source>
        <translation>%1: un archivo de financiación necesita una columna de símbolo</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, se encontraron %2</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a decimal number</source>
        <translation>columna %1: «%2» no es un número decimal</translation>
    </message>
    <message>
        <source>column %1: %2 must be greater than 0</source>
        <translation>columna %1: %2 debe ser mayor que 0</translation>
    </message>
    <message>
        <source>the symbol is empty</source>
        <translation>el símbolo está vacío</translation>
    </message>
    <message>
        <source>low %1 and high %2 do not hold open %3 and close %4</source>
        <translation>el mínimo %1 y el máximo %2 no abarcan la apertura %3 y el cierre %4</translation>
    </message>
    <message>
        <source>close_time is before open_time</source>
        <translation>close_time es anterior a open_time</translation>
    </message>
    <message>
        <source>column side: &quot;%1&quot; is neither BUY nor SELL</source>
        <translation>columna side: «%1» no es ni BUY ni SELL</translation>
    </message>
    <message>
        <source>the time goes backwards (%1 after %2): the file must be in time order</source>
        <translation>el tiempo retrocede (%1 después de %2): el archivo debe estar en orden cronológico</translation>
    </message>
</context>
<context>
    <name>trd::backtest::TimeParser</name>
    <message>
        <source>bad time &quot;%1&quot;: %2</source>
        <translation>hora no válida «%1»: %2</translation>
    </message>
    <message>
        <source>--tz %1: offset out of range</source>
        <translation>--tz %1: desfase fuera de rango</translation>
    </message>
    <message>
        <source>--tz %1: not a time zone (give an IANA name such as Europe/Berlin or an offset such as +05:30)</source>
        <translation>--tz %1: no es una zona horaria (indique un nombre IANA como Europe/Berlin o un desfase como +05:30)</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>expected epoch ms or s, or ISO-8601 such as 2024-12-04T16:46:25Z</source>
        <translation>se esperaban ms o s de época, o ISO-8601 como 2024-12-04T16:46:25Z</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>no existe esa fecha u hora</translation>
    </message>
    <message>
        <source>it has no offset; say which zone it is in with --tz (e.g. --tz UTC)</source>
        <translation>no tiene desfase; indique en qué zona está con --tz (p. ej., --tz UTC)</translation>
    </message>
    <message>
        <source>does not exist in %1</source>
        <translation>no existe en %1</translation>
    </message>
</context>
<context>
    <name>trd::backtest::VariantGrid</name>
    <message>
        <source>--vary %1: expected KEY=VALUE1,VALUE2,…</source>
        <translation>--vary %1: se esperaba KEY=VALUE1,VALUE2,…</translation>
    </message>
    <message>
        <source>--vary %1: an empty value</source>
        <translation>--vary %1: un valor vacío</translation>
    </message>
    <message>
        <source>--vary %1: no such configuration key</source>
        <translation>--vary %1: no existe esa clave de configuración</translation>
    </message>
    <message>
        <source>--vary %1: the configuration has no symbols to apply it to</source>
        <translation>--vary %1: la configuración no tiene símbolos a los que aplicarlo</translation>
    </message>
    <message>
        <source>--vary %1=%2: %3</source>
        <translation>--vary %1=%2: %3</translation>
    </message>
</context>
<context>
    <name>trd::cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: the configured symbol %2 is not listed (or not TRADING) there</source>
        <translation>%1: el símbolo configurado %2 no figura allí (o no está en TRADING)</translation>
    </message>
    <message>
        <source>Replays recorded market data through the hunter, the tranche engine and the paper exchange, once per variant of the configuration.</source>
        <translation>Reproduce datos de mercado grabados a través del cazador, el motor de tramos y el exchange simulado, una vez por cada variante de la configuración.</translation>
    </message>
    <message>
        <source>The configuration file (JSON).</source>
        <translation>El archivo de configuración (JSON).</translation>
    </message>
    <message>
        <source>Candles (Binance klines or time,open,high,low,close[,volume]); repeatable.</source>
        <translation>Velas (klines de Binance o time,open,high,low,close[,volume]); repetible.</translation>
    </message>
    <message>
        <source>Price ticks (time,price); repeatable.</source>
        <translation>Ticks de precio (time,price); repetible.</translation>
    </message>
    <message>
        <source>A TrancheDesk store whose recorded liquidations are replayed; repeatable.</source>
        <translation>Un almacén de TrancheDesk cuyas liquidaciones grabadas se reproducen; repetible.</translation>
    </message>
    <message>
        <source>Liquidations (Binance forceOrder, Aster, time,symbol,side,price,qty); repeatable.</source>
        <translation>Liquidaciones (forceOrder de Binance, Aster, time,symbol,side,price,qty); repetible.</translation>
    </message>
    <message>
        <source>Funding rates (time,symbol,rate; rate as a fraction, 0.0001 = 0.01 %).</source>
        <translation>Tasas de financiación (time,symbol,rate; la tasa como fracción, 0.0001 = 0.01 %).</translation>
    </message>
    <message>
        <source>The symbol of files that have no symbol column.</source>
        <translation>El símbolo de los archivos que no tienen columna de símbolo.</translation>
    </message>
    <message>
        <source>The zone of times written without an offset (IANA name or +05:30).</source>
        <translation>La zona de las horas escritas sin desfase (nombre IANA o +05:30).</translation>
    </message>
    <message>
        <source>Replay from this time (epoch ms or s, or ISO-8601).</source>
        <translation>Reproduce desde este momento (ms o s de época, o ISO-8601).</translation>
    </message>
    <message>
        <source>Replay until this time (excluded).</source>
        <translation>Reproduce hasta este momento (excluido).</translation>
    </message>
    <message>
        <source>Starting balance in USDT (default 10000).</source>
        <translation>Saldo inicial en USDT (por defecto 10000).</translation>
    </message>
    <message>
        <source>The exchange&apos;s exchangeInfo JSON, for the symbols&apos; filters.</source>
        <translation>El JSON exchangeInfo del exchange, para los filtros de los símbolos.</translation>
    </message>
    <message>
        <source>KEY=V1,V2,…: one variant per value; several --vary make a grid.</source>
        <translation>KEY=V1,V2,…: una variante por valor; varios --vary forman una cuadrícula.</translation>
    </message>
    <message>
        <source>Variants run at once (default: one per core).</source>
        <translation>Variantes que se ejecutan a la vez (por defecto: una por núcleo).</translation>
    </message>
    <message>
        <source>Also write whatif.csv: untagged closes under each closing strategy.</source>
        <translation>Escribe también whatif.csv: los cierres sin etiqueta bajo cada estrategia de cierre.</translation>
    </message>
    <message>
        <source>The folder to write the report into.</source>
        <translation>La carpeta donde se escribe el informe.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>trd::cli::BacktestCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>backtest needs --config FILE and --out DIR (see tranchedesk-cli backtest --help)</source>
        <translation>backtest necesita --config FILE y --out DIR (vea tranchedesk-cli backtest --help)</translation>
    </message>
    <message>
        <source>backtest needs prices: --candles FILE, --ticks FILE or --store DB</source>
        <translation>backtest necesita precios: --candles FILE, --ticks FILE o --store DB</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from debe ser anterior a --to</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <source>%1: the configuration has no symbols to trade</source>
        <translation>%1: la configuración no tiene símbolos que operar</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to 256, got &quot;%1&quot;</source>
        <translation>--jobs debe ser un número entero de 1 a 256; se recibió «%1»</translation>
    </message>
</context>
<context>
    <name>trd::cli::BacktestReport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>trd::cli::CsvExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>no se puede terminar %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>trd::cli::ScenarioRunner</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>«%1» debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a decimal number (a string such as &quot;0.001&quot;)</source>
        <translation>«%1» debe ser un número decimal (una cadena como &quot;0.001&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be greater than 0, got %2</source>
        <translation>«%1» debe ser mayor que 0; se recibió %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, got &quot;%3&quot;</source>
        <translation>«%1» debe ser uno de %2; se recibió «%3»</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the store</source>
        <translation>no se puede crear una carpeta temporal para el almacén</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 en el carácter %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>línea %1: JSON no válido: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>línea %1: aviso: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>there is no tranche %1 of %2 %3 (%4 created so far by this scenario)</source>
        <translation>no hay ningún tramo %1 de %2 %3 (%4 creados hasta ahora por este escenario)</translation>
    </message>
    <message>
        <source>&quot;t&quot; must be a whole number of epoch milliseconds</source>
        <translation>&quot;t&quot; debe ser un número entero de milisegundos de época</translation>
    </message>
    <message>
        <source>&quot;t&quot; goes backwards (%1 after %2)</source>
        <translation>&quot;t&quot; retrocede (%1 después de %2)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (expected %2)</source>
        <translation>tipo desconocido «%1» (se esperaba %2)</translation>
    </message>
    <message>
        <source>&quot;config&quot; must be a configuration object</source>
        <translation>&quot;config&quot; debe ser un objeto de configuración</translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation>configuración no válida: %1</translation>
    </message>
    <message>
        <source>&quot;minNotional&quot; must be 0 or more, got %1</source>
        <translation>&quot;minNotional&quot; debe ser 0 o más; se recibió %1</translation>
    </message>
    <message>
        <source>give exactly one of &quot;qty&quot; and &quot;margin&quot;</source>
        <translation>indique exactamente uno de &quot;qty&quot; y &quot;margin&quot;</translation>
    </message>
    <message>
        <source>no mark price for %1 yet to size a margin entry</source>
        <translation>todavía no hay precio de marca para %1 con el que dimensionar una entrada por margen</translation>
    </message>
    <message>
        <source>the quantity is out of range</source>
        <translation>la cantidad está fuera de rango</translation>
    </message>
    <message>
        <source>&quot;margin&quot; %1 at %2 gives an impossible quantity: %3</source>
        <translation>&quot;margin&quot; %1 a %2 da una cantidad imposible: %3</translation>
    </message>
    <message>
        <source>&quot;index&quot; must be a whole number from 1</source>
        <translation>&quot;index&quot; debe ser un número entero a partir de 1</translation>
    </message>
</context>
<context>
    <name>trd::engine::ControlServer</name>
    <message>
        <source>Listening on %1 needs TLS (a certificate and key, or the self-signed one the engine makes): tokens must not cross a network in clear. Listen on 127.0.0.1 and use an SSH tunnel, or give --tls-cert and --tls-key.</source>
        <translation>Escuchar en %1 requiere TLS (un certificado y una clave, o el autofirmado que crea el motor): los tokens no deben cruzar una red sin cifrar. Escuche en 127.0.0.1 y use un túnel SSH, o indique --tls-cert y --tls-key.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol</source>
        <translation>las tramas binarias no forman parte del protocolo</translation>
    </message>
    <message>
        <source>not a JSON object with a &quot;type&quot;: %1</source>
        <translation>no es un objeto JSON con un &quot;type&quot;: %1</translation>
    </message>
    <message>
        <source>protocol version %1 is not spoken here; this engine speaks version %2</source>
        <translation>la versión %1 del protocolo no se habla aquí; este motor habla la versión %2</translation>
    </message>
    <message>
        <source>the first message must be a hello</source>
        <translation>el primer mensaje debe ser un hello</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>tipo de mensaje desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>token desconocido</translation>
    </message>
    <message>
        <source>%1 holds a watch token: it may look, not change anything</source>
        <translation>%1 tiene un token de observación: puede mirar, no cambiar nada</translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation>el motor no está en marcha</translation>
    </message>
    <message>
        <source>no open tranche has the id &quot;%1&quot;</source>
        <translation>ningún tramo abierto tiene el id «%1»</translation>
    </message>
    <message>
        <source>mode must be PAPER or LIVE, not &quot;%1&quot;</source>
        <translation>el modo debe ser PAPER o LIVE, no «%1»</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>history: &quot;what&quot; must be tranches or events, not &quot;%1&quot;</source>
        <translation>history: &quot;what&quot; debe ser tranches o events, no «%1»</translation>
    </message>
    <message>
        <source>exportCsv: &quot;what&quot; must be tranches or events, not &quot;%1&quot;</source>
        <translation>exportCsv: &quot;what&quot; debe ser tranches o events, no «%1»</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>Remote command %1 from %2 (%3): %4</source>
        <translation>Comando remoto %1 desde %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>trd::engine::EngineHost</name>
    <message>
        <source>The configuration asks for LIVE mode, but no API key is in the keychain: running in PAPER mode. Enter the keys under Settings → API keys, then switch to LIVE.</source>
        <translation>La configuración pide el modo LIVE, pero no hay ninguna clave API en el llavero: se ejecuta en modo PAPER. Introduzca las claves en Configuración → Claves API y después cambie a LIVE.</translation>
    </message>
    <message>
        <source>The configuration asks for LIVE mode: running in PAPER mode. %1</source>
        <translation>La configuración pide el modo LIVE: se ejecuta en modo PAPER. %1</translation>
    </message>
    <message>
        <source>The sample configuration could not be saved: %1</source>
        <translation>No se pudo guardar la configuración de ejemplo: %1</translation>
    </message>
    <message>
        <source>First launch: PAPER mode on the demo market with a sample configuration (%1).</source>
        <translation>Primer inicio: modo PAPER en el mercado de demostración con una configuración de ejemplo (%1).</translation>
    </message>
    <message>
        <source>LIVE on %1: new entries are paused until you press Resume entries.</source>
        <translation>LIVE en %1: las nuevas entradas están en pausa hasta que pulse Reanudar entradas.</translation>
    </message>
    <message>
        <source>demo market</source>
        <translation>mercado demo</translation>
    </message>
    <message>
        <source>%1 is not traded on the demo market, so it would never open a tranche in PAPER. The demo market has: %2.</source>
        <translation>%1 no se negocia en el mercado de demostración, así que nunca abriría un tramo en PAPER. El mercado de demostración tiene: %2.</translation>
    </message>
    <message>
        <source>%1 is not listed by the exchange (%2), so no order could be placed for it.</source>
        <translation>El exchange no lista %1 (%2), así que no se podría colocar ninguna orden para él.</translation>
    </message>
    <message>
        <source>%1 cannot be checked against the exchange&apos;s list yet: LIVE is not connected. Add it once the status bar says connected.</source>
        <translation>Todavía no se puede comprobar %1 con la lista del exchange: LIVE no está conectado. Añádalo cuando la barra de estado indique «conectado».</translation>
    </message>
    <message>
        <source>New entries are paused, as they were when TrancheDesk last ran in PAPER. Press Resume entries to let the hunter trade.</source>
        <translation>Las nuevas entradas están en pausa, como lo estaban la última vez que TrancheDesk se ejecutó en PAPER. Pulse Reanudar entradas para que el cazador opere.</translation>
    </message>
    <message>
        <source>the exchange banned this IP for ignoring its rate limits: %1</source>
        <translation>el exchange bloqueó esta IP por ignorar sus límites de frecuencia: %1</translation>
    </message>
    <message>
        <source>LIVE: connected to %1 and reconciled. New entries are paused until you press Resume entries.</source>
        <translation>LIVE: conectado a %1 y conciliado. Las nuevas entradas están en pausa hasta que pulse Reanudar entradas.</translation>
    </message>
    <message>
        <source>%1 %2 %3 at mark %4 (maintenance margin %5 USDT)</source>
        <translation>%1 %2 %3 a precio de marca %4 (margen de mantenimiento %5 USDT)</translation>
    </message>
    <message>
        <source>Margin call from the exchange: %1. Add margin or reduce the position before it is liquidated.</source>
        <translation>Llamada de margen del exchange: %1. Añada margen o reduzca la posición antes de que sea liquidada.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) from the exchange refused and left out of the books; the last: %1</source>
        <translation>
            <numerusform>%n trama del exchange rechazada y dejada fuera de los libros; la última: %1</numerusform>
            <numerusform>%n tramas del exchange rechazadas y dejadas fuera de los libros; la última: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange announcement: %1</source>
        <translation>Anuncio del exchange: %1</translation>
    </message>
    <message>
        <source>The account was switched to %1 mode outside TrancheDesk. New entries are paused; TrancheDesk switches it back to %2 if the exchange allows it.</source>
        <translation>La cuenta se cambió al modo %1 fuera de TrancheDesk. Las nuevas entradas están en pausa; TrancheDesk la vuelve a cambiar a %2 si el exchange lo permite.</translation>
    </message>
    <message>
        <source>The account is in %1 mode again and the books were reconciled. New entries stay paused until you press Resume entries.</source>
        <translation>La cuenta vuelve a estar en modo %1 y los libros se conciliaron. Las nuevas entradas siguen en pausa hasta que pulse Reanudar entradas.</translation>
    </message>
    <message>
        <source>LIVE is not connected: %1</source>
        <translation>LIVE no está conectado: %1</translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation>
            <numerusform>reintentando en %n s</numerusform>
            <numerusform>reintentando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVE mode needs API keys, and this session has no keychain.</source>
        <translation>El modo LIVE necesita claves API, y esta sesión no tiene llavero.</translation>
    </message>
    <message>
        <source>Could not switch mode: %1</source>
        <translation>No se pudo cambiar de modo: %1</translation>
    </message>
</context>
<context>
    <name>trd::engine::KeyFiles</name>
    <message>
        <source>key file %1 does not exist or cannot be read</source>
        <translation>el archivo de claves %1 no existe o no se puede leer</translation>
    </message>
    <message>
        <source>key file %1 has mode %2: its group or other users can read it. Refusing to use keys others can see; run chmod 600 %1.</source>
        <translation>el archivo de claves %1 tiene el modo %2: su grupo u otros usuarios pueden leerlo. No se usarán claves que otros pueden ver; ejecute chmod 600 %1.</translation>
    </message>
    <message>
        <source>key file %1, line %2: expected name=value with a name among %3</source>
        <translation>archivo de claves %1, línea %2: se esperaba nombre=valor con un nombre de entre %3</translation>
    </message>
</context>
<context>
    <name>trd::engine::SecretStore</name>
    <message>
        <source>The operating system&apos;s keychain cannot be reached (%1), so API keys can be neither read nor stored and LIVE mode cannot start. TrancheDesk keeps keys only in a keychain, never in a plain file.

On Linux a Secret Service must run on the session&apos;s D-Bus: install gnome-keyring (or KeePassXC with its Secret Service integration, or KWallet). A desktop log-in starts it by itself; on a machine without a desktop, start TrancheDesk inside &quot;dbus-run-session&quot; after &quot;gnome-keyring-daemon --unlock --components=secrets&quot;. Then enter the keys under Settings → API keys.</source>
        <translation>No se puede acceder al llavero del sistema operativo (%1), así que las claves API no se pueden leer ni guardar y el modo LIVE no puede iniciarse. TrancheDesk guarda las claves solo en un llavero, nunca en un archivo de texto plano.

En Linux debe ejecutarse un Secret Service en el D-Bus de la sesión: instale gnome-keyring (o KeePassXC con su integración de Secret Service, o KWallet). Un inicio de sesión de escritorio lo inicia por sí solo; en una máquina sin escritorio, inicie TrancheDesk dentro de &quot;dbus-run-session&quot; después de &quot;gnome-keyring-daemon --unlock --components=secrets&quot;. Después introduzca las claves en Configuración → Claves API.</translation>
    </message>
    <message>
        <source>LIVE mode needs API keys: an API wallet (account address and API wallet private key) or an HMAC API key and secret, entered under Settings → API keys.</source>
        <translation>El modo LIVE necesita claves API: un monedero API (dirección de la cuenta y clave privada del monedero API) o una clave API HMAC y su secreto, introducidos en Configuración → Claves API.</translation>
    </message>
</context>
<context>
    <name>trd::engine::TlsIdentity</name>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM EC or RSA private key</source>
        <translation>%1 no contiene ninguna clave privada PEM EC o RSA sin cifrar</translation>
    </message>
    <message>
        <source>no openssl command to make a self-signed certificate: install openssl, or give --tls-cert and --tls-key</source>
        <translation>no hay ningún comando openssl para crear un certificado autofirmado: instale openssl, o indique --tls-cert y --tls-key</translation>
    </message>
    <message>
        <source>openssl could not make a self-signed certificate: %1</source>
        <translation>openssl no pudo crear un certificado autofirmado: %1</translation>
    </message>
</context>
<context>
    <name>trd::enginemain::EngineMain</name>
    <message>
        <source>another tranchedesk-engine (process %1 on %2) already runs on the data folder %3; stop it first, or give this one its own --data-dir</source>
        <translation>otro tranchedesk-engine (proceso %1 en %2) ya se ejecuta en la carpeta de datos %3; deténgalo primero, o dé a este su propio --data-dir</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
</context>
<context>
    <name>trd::exchange::KlineDownloader</name>
    <message>
        <source>The exchange refused the klines of %1: %2</source>
        <translation>El exchange rechazó las klines de %1: %2</translation>
    </message>
</context>
<context>
    <name>trd::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Built from commit %1</source>
        <translation>Compilado a partir del commit %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Windows, charts, networking, the store&apos;s SQL</source>
        <translation>Ventanas, gráficos, red, el SQL del almacén</translation>
    </message>
    <message>
        <source>API keys in the desktop keychain</source>
        <translation>Claves API en el llavero del escritorio</translation>
    </message>
    <message>
        <source>The store of tranches and events</source>
        <translation>El almacén de tramos y eventos</translation>
    </message>
    <message>
        <source>Signing of Aster V3 requests</source>
        <translation>Firma de las peticiones de Aster V3</translation>
    </message>
</context>
<context>
    <name>trd::ui::AnnouncementListModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
</context>
<context>
    <name>trd::ui::AnnouncementsController</name>
    <message>
        <source>Announcements from the exchange you have not read: click to read them.</source>
        <translation>Anuncios del exchange que no ha leído: haga clic para leerlos.</translation>
    </message>
    <message>
        <source>Exchange &amp;announcements…</source>
        <translation>A&amp;nuncios del exchange…</translation>
    </message>
    <message numerus="yes">
        <source>Exchange &amp;announcements (%n unread)…</source>
        <translation>
            <numerusform>A&amp;nuncios del exchange (%n sin leer)…</numerusform>
            <numerusform>A&amp;nuncios del exchange (%n sin leer)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread announcement(s)</source>
        <translation>
            <numerusform>%n anuncio sin leer</numerusform>
            <numerusform>%n anuncios sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trd::ui::AnnouncementsDialog</name>
    <message>
        <source>No announcement from the exchange this session.</source>
        <translation>Ningún anuncio del exchange en esta sesión.</translation>
    </message>
</context>
<context>
    <name>trd::ui::ApiKeyDialog</name>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>guardado en el llavero — escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>(derived from the private key)</source>
        <translation>(derivada de la clave privada)</translation>
    </message>
    <message>
        <source>not a valid private key yet</source>
        <translation>todavía no es una clave privada válida</translation>
    </message>
    <message>
        <source>The keychain refused the keys (is a keyring service running?). Nothing else was changed.</source>
        <translation>El llavero rechazó las claves (¿hay un servicio de llavero en marcha?). No se cambió nada más.</translation>
    </message>
    <message>
        <source>Account address: enter the wallet address of your Aster account (0x and 40 hex digits).</source>
        <translation>Dirección de la cuenta: introduzca la dirección del monedero de su cuenta de Aster (0x y 40 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>API wallet private key: not a secp256k1 private key (64 hex digits, with or without 0x).</source>
        <translation>Clave privada del monedero API: no es una clave privada secp256k1 (64 dígitos hexadecimales, con o sin 0x).</translation>
    </message>
    <message>
        <source>Enter both the API key and the API secret.</source>
        <translation>Introduzca la clave API y el secreto API.</translation>
    </message>
</context>
<context>
    <name>trd::ui::BacktestDialog</name>
    <message>
        <source>candles</source>
        <comment>input kind</comment>
        <translation>velas</translation>
    </message>
    <message>
        <source>price ticks</source>
        <comment>input kind</comment>
        <translation>ticks de precio</translation>
    </message>
    <message>
        <source>liquidations</source>
        <comment>input kind</comment>
        <translation>liquidaciones</translation>
    </message>
    <message>
        <source>funding rates</source>
        <comment>input kind</comment>
        <translation>tasas de financiación</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>queda unos %n s</numerusform>
            <numerusform>quedan unos %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda unos %n min</numerusform>
            <numerusform>quedan unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>File</source>
        <comment>backtest input column</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>backtest input column</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>backtest input column</comment>
        <translation>Filas</translation>
    </message>
    <message>
        <source>From</source>
        <comment>backtest input column</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <comment>backtest input column</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Add recorded market data</source>
        <translation>Añadir datos de mercado grabados</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>marks, every second</source>
        <translation>precios de marca, cada segundo</translation>
    </message>
    <message>
        <source>1-minute candles of the marks</source>
        <translation>velas de 1 minuto de los precios de marca</translation>
    </message>
    <message>
        <source>downloaded 1-minute klines</source>
        <translation>klines de 1 minuto descargadas</translation>
    </message>
    <message>
        <source>Configured symbols: %1</source>
        <translation>Símbolos configurados: %1</translation>
    </message>
    <message>
        <source>Exchange info</source>
        <translation>Información del exchange</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1. Each sets the isolation threshold, the tranche limits and whether new tranches open while one is isolated, as in the Settings dialog.</source>
        <translation>%1. Cada una fija el umbral de aislamiento, los límites de tramos y si se abren nuevos tramos mientras uno está aislado, como en el diálogo de configuración.</translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation>valores, separados por comas</translation>
    </message>
    <message>
        <source>values, comma-separated (%1)</source>
        <translation>valores, separados por comas (%1)</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>backtest vary column</comment>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>backtest vary column</comment>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Run a backtest to compare its variants here.</source>
        <translation>Ejecute un backtest para comparar aquí sus variantes.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>cannot read</source>
        <comment>input kind</comment>
        <translation>no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) will run.</source>
        <translation>
            <numerusform>Se ejecutará %n variante.</numerusform>
            <numerusform>Se ejecutarán %n variantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replay needs prices: add a candle or tick file, or replay the prices this app recorded.</source>
        <translation>La reproducción necesita precios: añada un archivo de velas o de ticks, o reproduzca los precios que grabó esta aplicación.</translation>
    </message>
    <message>
        <source>The replay&apos;s start must be before its end.</source>
        <translation>El inicio de la reproducción debe ser anterior a su fin.</translation>
    </message>
    <message>
        <source>Starting balance: %1</source>
        <translation>Saldo inicial: %1</translation>
    </message>
    <message>
        <source>reading the inputs…</source>
        <translation>leyendo las entradas…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) over %1.</source>
        <translation>
            <numerusform>%n variante sobre %1.</numerusform>
            <numerusform>%n variantes sobre %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices inside a candle follow the model in this note&apos;s tooltip.</source>
        <translation>Los precios dentro de una vela siguen el modelo descrito en la información emergente de esta nota.</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 filas)</translation>
    </message>
    <message>
        <source>the recorded liquidations</source>
        <translation>las liquidaciones grabadas</translation>
    </message>
    <message>
        <source>the recorded %1</source>
        <translation>los %1 grabados</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Tranches: %1</source>
        <translation>Tramos: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Eventos: %1</translation>
    </message>
    <message>
        <source>Apply these settings</source>
        <translation>Aplicar estos ajustes</translation>
    </message>
    <message>
        <source>The configuration already has the settings of &quot;%1&quot;.</source>
        <translation>La configuración ya tiene los ajustes de «%1».</translation>
    </message>
    <message>
        <source>Apply the settings of &quot;%1&quot;? The configuration changes:</source>
        <translation>¿Aplicar los ajustes de «%1»? La configuración cambia:</translation>
    </message>
    <message>
        <source>The engine uses them from now on; open tranches keep their orders.</source>
        <translation>El motor los usa a partir de ahora; los tramos abiertos conservan sus órdenes.</translation>
    </message>
    <message>
        <source>Settings of &quot;%1&quot; applied.</source>
        <translation>Ajustes de «%1» aplicados.</translation>
    </message>
    <message>
        <source>Export the backtest into a folder</source>
        <translation>Exportar el backtest a una carpeta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Save the charts as PNG</source>
        <translation>Guardar los gráficos como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Guardar los gráficos</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Gráficos guardados en %1.</translation>
    </message>
</context>
<context>
    <name>trd::ui::BacktestExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>trd::ui::BacktestPlan</name>
    <message>
        <source>As configured</source>
        <translation>Según la configuración</translation>
    </message>
</context>
<context>
    <name>trd::ui::ChartsPanel</name>
    <message>
        <source>Price &amp;&amp; levels</source>
        <translation>Precio y niveles</translation>
    </message>
    <message>
        <source>Unrealized per tranche</source>
        <translation>No realizado por tramo</translation>
    </message>
    <message>
        <source>Realized P&amp;&amp;L</source>
        <translation>P&amp;&amp;L realizado</translation>
    </message>
</context>
<context>
    <name>trd::ui::CloseTranchesDialog</name>
    <message>
        <source>Close tranches</source>
        <translation>Cerrar tramos</translation>
    </message>
    <message>
        <source>all symbols</source>
        <translation>todos los símbolos</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>What is shown: %1, %2</source>
        <translation>Lo que se muestra: %1, %2</translation>
    </message>
    <message>
        <source>The whole account (every symbol, both sides)</source>
        <translation>Toda la cuenta (todos los símbolos, ambos lados)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>P&amp;L now</source>
        <translation>P&amp;L actual</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>Cerrar:</translation>
    </message>
    <message>
        <source>No open tranche in this scope: nothing to close.</source>
        <translation>No hay ningún tramo abierto en este ámbito: nada que cerrar.</translation>
    </message>
    <message>
        <source>Estimated result: %1 USDT — the unrealized P&amp;L now; the fill price, fees and slippage decide the final figure. This cannot be undone.</source>
        <translation>Resultado estimado: %1 USDT — el P&amp;L no realizado actual; el precio de ejecución, las comisiones y el deslizamiento deciden la cifra final. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Resting entry orders of every symbol are cancelled too.</source>
        <translation>También se cancelan las órdenes de entrada pendientes de todos los símbolos.</translation>
    </message>
    <message numerus="yes">
        <source>Close %n tranche(s)</source>
        <translation>
            <numerusform>Cerrar %n tramo</numerusform>
            <numerusform>Cerrar %n tramos</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Some tranches could not be closed:
%1</source>
        <translation>Algunos tramos no se pudieron cerrar:
%1</translation>
    </message>
</context>
<context>
    <name>trd::ui::ConfigForm</name>
    <message>
        <source>Core settings</source>
        <translation>Ajustes principales</translation>
    </message>
    <message>
        <source>Strategy settings</source>
        <translation>Ajustes de estrategia</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Entry orders</source>
        <translation>Órdenes de entrada</translation>
    </message>
    <message>
        <source>Entry filters</source>
        <translation>Filtros de entrada</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Sync and history</source>
        <translation>Sincronización e historial</translation>
    </message>
    <message>
        <source>Paper exchange</source>
        <translation>Exchange simulado</translation>
    </message>
    <message>
        <source>newest tranche closed first</source>
        <translation>se cierra primero el tramo más reciente</translation>
    </message>
    <message>
        <source>oldest tranche closed first</source>
        <translation>se cierra primero el tramo más antiguo</translation>
    </message>
    <message>
        <source>the tranche losing most closed first</source>
        <translation>se cierra primero el tramo que más pierde</translation>
    </message>
    <message>
        <source>the tranche earning most closed first</source>
        <translation>se cierra primero el tramo que más gana</translation>
    </message>
    <message>
        <source>keep it and wait for recovery</source>
        <translation>mantenerlo y esperar la recuperación</translation>
    </message>
    <message>
        <source>close a part of it</source>
        <translation>cerrar una parte</translation>
    </message>
    <message>
        <source>lower its leverage</source>
        <translation>reducir su apalancamiento</translation>
    </message>
    <message>
        <source>at a set price</source>
        <translation>a un precio fijado</translation>
    </message>
    <message>
        <source>at once, at the market price</source>
        <translation>al instante, a precio de mercado</translation>
    </message>
    <message>
        <source>enter against the liquidated side</source>
        <translation>entrar en contra del lado liquidado</translation>
    </message>
    <message>
        <source>enter with the liquidated side</source>
        <translation>entrar a favor del lado liquidado</translation>
    </message>
    <message>
        <source>one net position per symbol</source>
        <translation>una posición neta por símbolo</translation>
    </message>
    <message>
        <source>long and short positions side by side</source>
        <translation>posiciones largas y cortas una junto a otra</translation>
    </message>
    <message>
        <source>margin shared with the whole wallet</source>
        <translation>margen compartido con todo el monedero</translation>
    </message>
    <message>
        <source>margin set aside per position</source>
        <translation>margen reservado para cada posición</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>more than %1, up to %2</source>
        <translation>más de %1, hasta %2</translation>
    </message>
    <message>
        <source>from %1, below %2</source>
        <translation>desde %1, por debajo de %2</translation>
    </message>
    <message>
        <source>more than %1 and less than %2</source>
        <translation>más de %1 y menos de %2</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Permitido: %1.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 is out of range: %3</source>
        <translation>%1: %2 está fuera de rango: %3</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: se necesita un valor</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>Recording for backtests</source>
        <translation>Grabación para backtests</translation>
    </message>
</context>
<context>
    <name>trd::ui::ConnectEngineDialog</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>guardado en el llavero; escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none: plain WebSocket on this machine&apos;s loopback (or an SSH tunnel)</source>
        <translation>ninguno: WebSocket sin cifrar en el loopback de esta máquina (o un túnel SSH)</translation>
    </message>
    <message>
        <source>pinned SHA-256 %1</source>
        <translation>SHA-256 fijado %1</translation>
    </message>
    <message>
        <source>not pinned yet: its fingerprint is shown at the first connection, to compare with the engine&apos;s log</source>
        <translation>todavía sin fijar: su huella se muestra en la primera conexión, para compararla con el registro del motor</translation>
    </message>
    <message>
        <source>Enter the token that tranchedesk-engine --add-token printed for this desk.</source>
        <translation>Introduzca el token que tranchedesk-engine --add-token imprimió para este escritorio.</translation>
    </message>
</context>
<context>
    <name>trd::ui::DeskSession</name>
    <message>
        <source>This window is not connected to an exchange that can trade LIVE. The application stays in PAPER mode; no order was sent to Aster.</source>
        <translation>Esta ventana no está conectada a un exchange que pueda operar en LIVE. La aplicación sigue en modo PAPER; no se envió ninguna orden a Aster.</translation>
    </message>
    <message>
        <source>This window cannot switch modes.</source>
        <translation>Esta ventana no puede cambiar de modo.</translation>
    </message>
    <message>
        <source>LIVE mode needs API keys, and this window has no keychain.</source>
        <translation>El modo LIVE necesita claves API, y esta ventana no tiene llavero.</translation>
    </message>
</context>
<context>
    <name>trd::ui::DeskToolBar</name>
    <message>
        <source>Trading</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>PAPER · demo market</source>
        <translation>PAPER · mercado demo</translation>
    </message>
    <message>
        <source>Switch to LIVE…</source>
        <translation>Cambiar a LIVE…</translation>
    </message>
    <message>
        <source>Switch to PAPER…</source>
        <translation>Cambiar a PAPER…</translation>
    </message>
    <message>
        <source>Pause entries</source>
        <translation>Pausar entradas</translation>
    </message>
    <message>
        <source>Close all…</source>
        <translation>Cerrar todo…</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source> Symbol </source>
        <translation> Símbolo </translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Todos los símbolos</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>PAPER · %1</source>
        <translation>PAPER · %1</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Paper trading: orders go to the simulated exchange, no real money.</source>
        <translation>Operativa simulada: las órdenes van al exchange simulado, sin dinero real.</translation>
    </message>
    <message>
        <source>LIVE trading with real funds.</source>
        <translation>Operativa LIVE con fondos reales.</translation>
    </message>
    <message>
        <source>Resume entries</source>
        <translation>Reanudar entradas</translation>
    </message>
    <message>
        <source>New entries are paused; open tranches are still managed.</source>
        <translation>Las nuevas entradas están en pausa; los tramos abiertos se siguen gestionando.</translation>
    </message>
    <message>
        <source>Pause new entries (open tranches stay managed).</source>
        <translation>Pausa las nuevas entradas (los tramos abiertos se siguen gestionando).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Datos de usuario</translation>
    </message>
    <message>
        <source>Sync —</source>
        <translation>Sincr. —</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincr.: %1</translation>
    </message>
    <message>
        <source>Switch to LIVE</source>
        <translation>Cambiar a LIVE</translation>
    </message>
    <message>
        <source>LIVE trading needs your Aster API wallet: the account&apos;s address and the API wallet&apos;s private key (an older HMAC API key and secret works too). Enter them first; they are kept in the operating system&apos;s keychain.</source>
        <translation>Operar en LIVE necesita su monedero API de Aster: la dirección de la cuenta y la clave privada del monedero API (también sirve una clave API HMAC y su secreto antiguos). Introdúzcalos primero; se guardan en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>LIVE mode trades real funds on Aster with your API wallet.

Switch to LIVE?</source>
        <translation>El modo LIVE opera con fondos reales en Aster con su monedero API.

¿Cambiar a LIVE?</translation>
    </message>
    <message>
        <source>Switch back to PAPER trading on the demo market?</source>
        <translation>¿Volver a la operativa PAPER en el mercado de demostración?</translation>
    </message>
    <message numerus="yes">
        <source>%n open LIVE tranche(s) stay open on Aster with their TP and SL orders, but TrancheDesk stops watching them (no isolation, no recovery, no reconciliation) until you switch back to LIVE.</source>
        <translation>
            <numerusform>%n tramo LIVE abierto sigue abierto en Aster con sus órdenes de TP y SL, pero TrancheDesk deja de vigilarlo (sin aislamiento, sin recuperación, sin conciliación) hasta que vuelva a LIVE.</numerusform>
            <numerusform>%n tramos LIVE abiertos siguen abiertos en Aster con sus órdenes de TP y SL, pero TrancheDesk deja de vigilarlos (sin aislamiento, sin recuperación, sin conciliación) hasta que vuelva a LIVE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to PAPER</source>
        <translation>Cambiar a PAPER</translation>
    </message>
    <message>
        <source>LIVE · %1</source>
        <translation>LIVE · %1</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>Cerrar todo</translation>
    </message>
    <message>
        <source>Close every open tranche of the engine at %1 at market now?</source>
        <translation>¿Cerrar ahora a mercado todos los tramos abiertos del motor en %1?</translation>
    </message>
</context>
<context>
    <name>trd::ui::DownloadCandlesDialog</name>
    <message>
        <source>From %1, within the session&apos;s request budget.</source>
        <translation>Desde %1, dentro del presupuesto de peticiones de la sesión.</translation>
    </message>
    <message>
        <source>PAPER runs on the built-in demo market, which has no candle history: the candles come from %1 (the configured REST address), after you agree.</source>
        <translation>PAPER funciona en el mercado demo integrado, que no tiene historial de velas: las velas se obtienen de %1 (la dirección REST configurada), si usted lo acepta.</translation>
    </message>
    <message>
        <source>Download candles</source>
        <translation>Descargar velas</translation>
    </message>
    <message>
        <source>PAPER has no exchange to ask: download the candles from %1?</source>
        <translation>PAPER no tiene ningún exchange al que preguntar: ¿descargar las velas de %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n candle(s) stored</source>
        <translation>
            <numerusform>%n vela guardada</numerusform>
            <numerusform>%n velas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange asked to slow down (%1): asking again in %2 s.</source>
        <translation>El exchange pidió reducir el ritmo (%1): se vuelve a preguntar en %2 s.</translation>
    </message>
    <message>
        <source>done.</source>
        <translation>hecho.</translation>
    </message>
    <message>
        <source>cancelled. Download again to resume after the last stored candle.</source>
        <translation>cancelado. Vuelva a descargar para continuar tras la última vela guardada.</translation>
    </message>
    <message>
        <source>Choose a symbol (e.g. BTCUSDT).</source>
        <translation>Elija un símbolo (p. ej. BTCUSDT).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>El inicio debe ser anterior al fin.</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>No se descargó nada.</translation>
    </message>
    <message>
        <source>Asking %1 for the candles of %2…</source>
        <translation>Pidiendo a %1 las velas de %2…</translation>
    </message>
</context>
<context>
    <name>trd::ui::EngineLinkView</name>
    <message>
        <source>Engine: embedded</source>
        <translation>Motor: integrado</translation>
    </message>
    <message>
        <source>This window runs the trading engine itself.</source>
        <translation>Esta ventana ejecuta ella misma el motor de trading.</translation>
    </message>
    <message>
        <source>connected · %L1 ms</source>
        <translation>conectado · %L1 ms</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>enlace caído</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source> · watch only</source>
        <translation> · solo observación</translation>
    </message>
    <message>
        <source>Engine: %1 · %2</source>
        <translation>Motor: %1 · %2</translation>
    </message>
    <message>
        <source>The window shows the tranchedesk-engine at %1 through the control protocol.</source>
        <translation>La ventana muestra el tranchedesk-engine de %1 mediante el protocolo de control.</translation>
    </message>
    <message>
        <source>The engine at %1 refused this window: %2. Check the token (File → Connect to engine…).</source>
        <translation>El motor de %1 rechazó esta ventana: %2. Compruebe el token (Archivo → Conectar con el motor…).</translation>
    </message>
    <message>
        <source>The link to the engine at %1 is down. The window shows the last state it received, greyed; it reconnects by itself (next try within %L2 s) and catches up.</source>
        <translation>El enlace con el motor de %1 está caído. La ventana muestra en gris el último estado que recibió; se reconecta sola (próximo intento en %L2 s) y se pone al día.</translation>
    </message>
</context>
<context>
    <name>trd::ui::EquityComparisonChart</name>
    <message>
        <source>Equity: wallet + unrealized (USDT)</source>
        <translation>Capital: monedero + no realizado (USDT)</translation>
    </message>
    <message>
        <source>Drawdown from the running peak (USDT)</source>
        <translation>Drawdown desde el máximo acumulado (USDT)</translation>
    </message>
</context>
<context>
    <name>trd::ui::EventTableModel</name>
    <message>
        <source>Tranche created</source>
        <translation>Tramo creado</translation>
    </message>
    <message>
        <source>Entry filled</source>
        <translation>Entrada ejecutada</translation>
    </message>
    <message>
        <source>Tranche isolated</source>
        <translation>Tramo aislado</translation>
    </message>
    <message>
        <source>Partial close</source>
        <translation>Cierre parcial</translation>
    </message>
    <message>
        <source>Tranche closed</source>
        <translation>Tramo cerrado</translation>
    </message>
    <message>
        <source>Recovery tranche</source>
        <translation>Tramo de recuperación</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>Entrada rechazada</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Orden rechazada</translation>
    </message>
    <message>
        <source>Exchange sync</source>
        <translation>Sincr. del exchange</translation>
    </message>
    <message>
        <source>TP/SL replaced</source>
        <translation>TP/SL sustituidos</translation>
    </message>
    <message>
        <source>Config changed</source>
        <translation>Configuración cambiada</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Account alert</source>
        <translation>Alerta de la cuenta</translation>
    </message>
    <message numerus="yes">
        <source>paused — %n signal(s) refused in this minute</source>
        <translation>
            <numerusform>en pausa — %n señal rechazada en este minuto</numerusform>
            <numerusform>en pausa — %n señales rechazadas en este minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>P&amp;L</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>trd::ui::ExchangeProfileBox</name>
    <message>
        <source>Custom exchange: %1</source>
        <translation>Exchange personalizado: %1</translation>
    </message>
    <message>
        <source>Orders go to %1; API wallet signatures are for chain %2. Applied the next time LIVE starts.</source>
        <translation>Las órdenes van a %1; las firmas del monedero API son para la cadena %2. Se aplica la próxima vez que se inicie LIVE.</translation>
    </message>
</context>
<context>
    <name>trd::ui::ExportController</name>
    <message>
        <source>Export tranches as CSV</source>
        <translation>Exportar tramos como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>tranches</source>
        <translation>tramos</translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation>Exportar eventos como CSV</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>no hay ningún almacén abierto</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Exportando eventos…</translation>
    </message>
    <message>
        <source>Exporting events… %L1 written</source>
        <translation>Exportando eventos… %L1 escritos</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>No se pudieron exportar los %1: %2</translation>
    </message>
    <message>
        <source>Exported %L1 %2 to %3</source>
        <translation>Exportados %L1 %2 a %3</translation>
    </message>
</context>
<context>
    <name>trd::ui::HelpDialog</name>
    <message>
        <source>TrancheDesk user guide</source>
        <translation>Guía del usuario de TrancheDesk</translation>
    </message>
    <message>
        <source>Contents: click a heading to go there.</source>
        <translation>Contenido: haga clic en un título para ir a él.</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Buscar en la guía (Intro: siguiente, Mayús+Intro: anterior)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Falta la guía del usuario en esta compilación.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>trd::ui::KeyHelp</name>
    <message>
        <source>Enable multi-tranche management</source>
        <translation>Activar la gestión de varios tramos</translation>
    </message>
    <message>
        <source>Master switch for the tranche system. Recommendation: start OFF in paper mode, enable after testing.</source>
        <translation>Interruptor general del sistema de tramos. Recomendación: empiece desactivado en modo simulado y actívelo después de probarlo.</translation>
    </message>
    <message>
        <source>Isolation threshold (%)</source>
        <translation>Umbral de aislamiento (%)</translation>
    </message>
    <message>
        <source>Unrealized loss % that triggers automatic isolation: (currentPrice − entryPrice) / entryPrice × 100.
3%: aggressive isolation (more tranches, quicker isolation). 5%: balanced (recommended for most strategies). 10%: conservative (fewer isolations, higher tolerance).</source>
        <translation>Porcentaje de pérdida no realizada que activa el aislamiento automático: (precioActual − precioEntrada) / precioEntrada × 100.
3%: aislamiento agresivo (más tramos, aislamiento más rápido). 5%: equilibrado (recomendado para la mayoría de estrategias). 10%: conservador (menos aislamientos, mayor tolerancia).</translation>
    </message>
    <message>
        <source>Max tranches</source>
        <translation>Máximo de tramos</translation>
    </message>
    <message>
        <source>Maximum active tranches per symbol/side. 1–2: conservative, minimal complexity. 3–5: balanced, good for most strategies. 6+: aggressive, requires more monitoring.</source>
        <translation>Máximo de tramos activos por símbolo y lado. 1–2: conservador, complejidad mínima. 3–5: equilibrado, bueno para la mayoría de estrategias. 6+: agresivo, requiere más vigilancia.</translation>
    </message>
    <message>
        <source>Max isolated tranches</source>
        <translation>Máximo de tramos aislados</translation>
    </message>
    <message>
        <source>Max underwater tranches before blocking new trades. Prevents accumulating too many losing positions. Formula: max_isolated = max_tranches − 1 (keep at least 1 slot for profitable trading).</source>
        <translation>Máximo de tramos en pérdidas antes de bloquear nuevas operaciones. Evita acumular demasiadas posiciones perdedoras. Fórmula: max_isolated = max_tranches − 1 (deje al menos 1 hueco para operar con beneficio).</translation>
    </message>
    <message>
        <source>Allow tranche while isolated</source>
        <translation>Permitir tramos con aislados</translation>
    </message>
    <message>
        <source>Allow new tranches even when some are isolated. ON: continue trading despite isolated tranches (recommended). OFF: block all new trades until isolated tranches close.</source>
        <translation>Permite nuevos tramos aunque haya tramos aislados. Activado: seguir operando pese a los tramos aislados (recomendado). Desactivado: bloquear todas las operaciones nuevas hasta que se cierren los tramos aislados.</translation>
    </message>
    <message>
        <source>Auto-close isolated tranches</source>
        <translation>Cerrar automáticamente los tramos aislados</translation>
    </message>
    <message>
        <source>Close an isolated tranche automatically once it recovers to the recovery threshold.</source>
        <translation>Cierra automáticamente un tramo aislado en cuanto se recupera hasta el umbral de recuperación.</translation>
    </message>
    <message>
        <source>Recovery threshold (%)</source>
        <translation>Umbral de recuperación (%)</translation>
    </message>
    <message>
        <source>pnl% an isolated tranche must reach again to count as recovered (and be closed when auto-close is on).</source>
        <translation>P&amp;L % que un tramo aislado debe volver a alcanzar para considerarse recuperado (y cerrarse si el cierre automático está activado).</translation>
    </message>
    <message>
        <source>Closing strategy</source>
        <translation>Estrategia de cierre</translation>
    </message>
    <message>
        <source>Which tranche a shared exit closes first. LIFO (last in, first out) closes the newest tranches first: quick profit-taking on recent entries, older positions kept for potential recovery.</source>
        <translation>Qué tramo cierra primero una salida compartida. LIFO (último en entrar, primero en salir) cierra primero los tramos más recientes: toma de ganancias rápida en las entradas recientes; las posiciones más antiguas se conservan para una posible recuperación.</translation>
    </message>
    <message>
        <source>Isolation action</source>
        <translation>Acción de aislamiento</translation>
    </message>
    <message>
        <source>What happens when a tranche is isolated. HOLD: keep the position and wait for recovery. PARTIAL_CLOSE: close a portion to reduce exposure. REDUCE_LEVERAGE: lower leverage to reduce risk.</source>
        <translation>Qué ocurre cuando un tramo se aísla. HOLD: mantener la posición y esperar la recuperación. PARTIAL_CLOSE: cerrar una parte para reducir la exposición. REDUCE_LEVERAGE: bajar el apalancamiento para reducir el riesgo.</translation>
    </message>
    <message>
        <source>Partial close on isolation (%)</source>
        <translation>Cierre parcial al aislar (%)</translation>
    </message>
    <message>
        <source>Share of an isolated tranche closed by PARTIAL_CLOSE.</source>
        <translation>Parte de un tramo aislado que cierra PARTIAL_CLOSE.</translation>
    </message>
    <message>
        <source>Reduced leverage on isolation</source>
        <translation>Apalancamiento reducido al aislar</translation>
    </message>
    <message>
        <source>Leverage set by REDUCE_LEVERAGE; must be below the symbol&apos;s leverage.</source>
        <translation>Apalancamiento que fija REDUCE_LEVERAGE; debe ser menor que el apalancamiento del símbolo.</translation>
    </message>
    <message>
        <source>Long volume threshold (USDT)</source>
        <translation>Umbral de volumen largo (USDT)</translation>
    </message>
    <message>
        <source>Liquidation volume (USDT) of short liquidations that triggers a LONG entry.</source>
        <translation>Volumen (USDT) de liquidaciones de cortos que activa una entrada LONG.</translation>
    </message>
    <message>
        <source>Short volume threshold (USDT)</source>
        <translation>Umbral de volumen corto (USDT)</translation>
    </message>
    <message>
        <source>Liquidation volume (USDT) of long liquidations that triggers a SHORT entry.</source>
        <translation>Volumen (USDT) de liquidaciones de largos que activa una entrada SHORT.</translation>
    </message>
    <message>
        <source>Trade size (USDT margin)</source>
        <translation>Tamaño de operación (margen en USDT)</translation>
    </message>
    <message>
        <source>Margin in USDT put into each entry (quantity = margin × leverage / price).</source>
        <translation>Margen en USDT de cada entrada (cantidad = margen × apalancamiento / precio).</translation>
    </message>
    <message>
        <source>Long trade size (USDT)</source>
        <translation>Tamaño de operación larga (USDT)</translation>
    </message>
    <message>
        <source>Margin for LONG entries; empty uses the trade size.</source>
        <translation>Margen de las entradas LONG; vacío usa el tamaño de operación.</translation>
    </message>
    <message>
        <source>Short trade size (USDT)</source>
        <translation>Tamaño de operación corta (USDT)</translation>
    </message>
    <message>
        <source>Margin for SHORT entries; empty uses the trade size.</source>
        <translation>Margen de las entradas SHORT; vacío usa el tamaño de operación.</translation>
    </message>
    <message>
        <source>Max position margin (USDT)</source>
        <translation>Margen máximo de la posición (USDT)</translation>
    </message>
    <message>
        <source>Cap on the margin of all tranches of the symbol; empty means no cap.</source>
        <translation>Límite del margen de todos los tramos del símbolo; vacío significa sin límite.</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Apalancamiento</translation>
    </message>
    <message>
        <source>Leverage set on the exchange for the symbol.</source>
        <translation>Apalancamiento fijado en el exchange para el símbolo.</translation>
    </message>
    <message>
        <source>Take profit (%)</source>
        <translation>Toma de ganancias (%)</translation>
    </message>
    <message>
        <source>Each tranche&apos;s take profit, as a price move from its own entry.</source>
        <translation>La toma de ganancias de cada tramo, como movimiento del precio desde su propia entrada.</translation>
    </message>
    <message>
        <source>Stop loss (%)</source>
        <translation>Stop loss (%)</translation>
    </message>
    <message>
        <source>Each tranche&apos;s stop loss, as a price move from its own entry.</source>
        <translation>El stop loss de cada tramo, como movimiento del precio desde su propia entrada.</translation>
    </message>
    <message>
        <source>Entry order type</source>
        <translation>Tipo de orden de entrada</translation>
    </message>
    <message>
        <source>LIMIT entries rest at a price offset from the book; MARKET fills at once.</source>
        <translation>Las entradas LIMIT esperan a un precio desplazado respecto al libro; MARKET se ejecuta al instante.</translation>
    </message>
    <message>
        <source>Force market entry</source>
        <translation>Forzar entrada a mercado</translation>
    </message>
    <message>
        <source>Send MARKET entries even when the order type is LIMIT.</source>
        <translation>Envía entradas MARKET aunque el tipo de orden sea LIMIT.</translation>
    </message>
    <message>
        <source>Price offset (bps)</source>
        <translation>Desplazamiento de precio (pb)</translation>
    </message>
    <message>
        <source>How far inside the book a LIMIT entry is placed.</source>
        <translation>A qué distancia dentro del libro se coloca una entrada LIMIT.</translation>
    </message>
    <message>
        <source>Max slippage (bps)</source>
        <translation>Deslizamiento máximo (pb)</translation>
    </message>
    <message>
        <source>Entries are refused when the book moved further than this.</source>
        <translation>Las entradas se rechazan cuando el libro se movió más que esto.</translation>
    </message>
    <message>
        <source>VWAP protection</source>
        <translation>Protección VWAP</translation>
    </message>
    <message>
        <source>Only enter LONG below VWAP and SHORT above it.</source>
        <translation>Solo entra LONG por debajo del VWAP y SHORT por encima.</translation>
    </message>
    <message>
        <source>VWAP timeframe</source>
        <translation>Marco temporal del VWAP</translation>
    </message>
    <message>
        <source>Candle size of the VWAP.</source>
        <translation>Tamaño de vela del VWAP.</translation>
    </message>
    <message>
        <source>VWAP lookback (candles)</source>
        <translation>Retrospectiva del VWAP (velas)</translation>
    </message>
    <message>
        <source>Number of candles the VWAP is computed over.</source>
        <translation>Número de velas sobre las que se calcula el VWAP.</translation>
    </message>
    <message>
        <source>Use cumulative threshold</source>
        <translation>Usar umbral acumulado</translation>
    </message>
    <message>
        <source>Add liquidations up over the time window instead of reacting to single ones.</source>
        <translation>Suma las liquidaciones a lo largo de la ventana de tiempo en lugar de reaccionar a cada una.</translation>
    </message>
    <message>
        <source>Threshold window (ms)</source>
        <translation>Ventana del umbral (ms)</translation>
    </message>
    <message>
        <source>Window the liquidation volume is summed over.</source>
        <translation>Ventana en la que se suma el volumen de liquidaciones.</translation>
    </message>
    <message>
        <source>Threshold cooldown (ms)</source>
        <translation>Enfriamiento del umbral (ms)</translation>
    </message>
    <message>
        <source>Pause after a threshold entry before the next one.</source>
        <translation>Pausa tras una entrada por umbral antes de la siguiente.</translation>
    </message>
    <message>
        <source>Trade side</source>
        <translation>Lado de la operación</translation>
    </message>
    <message>
        <source>OPPOSITE enters against the liquidated side (the original bot); SAME follows it.</source>
        <translation>OPPOSITE entra en contra del lado liquidado (el bot original); SAME lo sigue.</translation>
    </message>
    <message>
        <source>Post-only entries</source>
        <translation>Entradas solo maker (post-only)</translation>
    </message>
    <message>
        <source>LIMIT entries are sent GTX so they never take liquidity.</source>
        <translation>Las entradas LIMIT se envían como GTX para que nunca tomen liquidez.</translation>
    </message>
    <message>
        <source>Entry timeout (s)</source>
        <translation>Tiempo límite de entrada (s)</translation>
    </message>
    <message>
        <source>An unfilled LIMIT entry is cancelled after this.</source>
        <translation>Una entrada LIMIT sin ejecutar se cancela pasado este tiempo.</translation>
    </message>
    <message>
        <source>Paper mode</source>
        <translation>Modo simulado</translation>
    </message>
    <message>
        <source>Trade on the simulated exchange. Switch to LIVE from the toolbar (needs keys and a confirmation).</source>
        <translation>Opera en el exchange simulado. Cambie a LIVE desde la barra de herramientas (necesita claves y una confirmación).</translation>
    </message>
    <message>
        <source>Position mode</source>
        <translation>Modo de posición</translation>
    </message>
    <message>
        <source>ONE_WAY nets both sides into one position; HEDGE keeps LONG and SHORT apart.</source>
        <translation>ONE_WAY compensa ambos lados en una sola posición; HEDGE mantiene LONG y SHORT por separado.</translation>
    </message>
    <message>
        <source>Max open positions</source>
        <translation>Máximo de posiciones abiertas</translation>
    </message>
    <message>
        <source>Symbols that may hold a position at the same time.</source>
        <translation>Símbolos que pueden tener una posición al mismo tiempo.</translation>
    </message>
    <message>
        <source>Sync interval (s)</source>
        <translation>Intervalo de sincronización (s)</translation>
    </message>
    <message>
        <source>How often the tranches are reconciled with the exchange.</source>
        <translation>Con qué frecuencia se concilian los tramos con el exchange.</translation>
    </message>
    <message>
        <source>Sync drift tolerance (%)</source>
        <translation>Tolerancia de desviación de sincronización (%)</translation>
    </message>
    <message>
        <source>A difference between tranches and the exchange position above this is drift.</source>
        <translation>Una diferencia entre los tramos y la posición del exchange por encima de esto es una desviación.</translation>
    </message>
    <message>
        <source>Keep closed tranches (days)</source>
        <translation>Conservar tramos cerrados (días)</translation>
    </message>
    <message>
        <source>0 keeps them forever.</source>
        <translation>0 los conserva para siempre.</translation>
    </message>
    <message>
        <source>Write P&amp;L every (s)</source>
        <translation>Guardar P&amp;L cada (s)</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L is written to the store at most this often.</source>
        <translation>El P&amp;L no realizado se escribe en el almacén como mucho con esta frecuencia.</translation>
    </message>
    <message>
        <source>Paper taker fee (%)</source>
        <translation>Comisión taker simulada (%)</translation>
    </message>
    <message>
        <source>Fee of MARKET fills on the paper exchange.</source>
        <translation>Comisión de las ejecuciones MARKET en el exchange simulado.</translation>
    </message>
    <message>
        <source>Paper maker fee (%)</source>
        <translation>Comisión maker simulada (%)</translation>
    </message>
    <message>
        <source>Fee of resting LIMIT fills on the paper exchange.</source>
        <translation>Comisión de las ejecuciones LIMIT en espera en el exchange simulado.</translation>
    </message>
    <message>
        <source>Paper slippage (bps)</source>
        <translation>Deslizamiento simulado (pb)</translation>
    </message>
    <message>
        <source>Slippage of MARKET fills on the paper exchange.</source>
        <translation>Deslizamiento de las ejecuciones MARKET en el exchange simulado.</translation>
    </message>
    <message>
        <source>Margin type</source>
        <translation>Tipo de margen</translation>
    </message>
    <message>
        <source>CROSSED backs the position with the whole wallet; ISOLATED risks only its own margin and is liquidated sooner. Set on the exchange at start; the paper exchange liquidates by the same rule.</source>
        <translation>CROSSED respalda la posición con todo el monedero; ISOLATED arriesga solo su propio margen y se liquida antes. Se fija en el exchange al iniciar; el exchange simulado liquida con la misma regla.</translation>
    </message>
    <message>
        <source>Paper starting balance (USDT)</source>
        <translation>Saldo inicial simulado (USDT)</translation>
    </message>
    <message>
        <source>The paper account&apos;s wallet at its first start.</source>
        <translation>El monedero de la cuenta simulada en su primer inicio.</translation>
    </message>
    <message>
        <source>Paper funding rate (%)</source>
        <translation>Tasa de financiación simulada (%)</translation>
    </message>
    <message>
        <source>Funding per 8 h (00:00, 08:00, 16:00 UTC) on the paper exchange: longs pay shorts when positive.</source>
        <translation>Financiación cada 8 h (00:00, 08:00, 16:00 UTC) en el exchange simulado: los largos pagan a los cortos cuando es positiva.</translation>
    </message>
    <message>
        <source>Record mark prices</source>
        <translation>Grabar precios de marca</translation>
    </message>
    <message>
        <source>Keeps the mark prices of the configured symbols in the store for later backtests: ticks (one a second), candles (one a minute: open, high, low, close) or off.</source>
        <translation>Guarda en el almacén los precios de marca de los símbolos configurados para backtests posteriores: ticks (uno por segundo), velas (una por minuto: apertura, máximo, mínimo, cierre) o desactivado.</translation>
    </message>
    <message>
        <source>Keep liquidations (days)</source>
        <translation>Conservar liquidaciones (días)</translation>
    </message>
    <message>
        <source>The liquidation feed (every symbol) is kept this long for the feed and for backtests; 0 keeps it forever.</source>
        <translation>El flujo de liquidaciones (todos los símbolos) se conserva este tiempo para el flujo y para los backtests; 0 lo conserva para siempre.</translation>
    </message>
</context>
<context>
    <name>trd::ui::LiquidationTableModel</name>
    <message>
        <source>LONGS</source>
        <translation>LARGOS</translation>
    </message>
    <message>
        <source>SHORTS</source>
        <translation>CORTOS</translation>
    </message>
    <message>
        <source>%1 %2 liquidated: %3 at %4 (average %5), %6 USDT</source>
        <translation>%1 %2 liquidados: %3 a %4 (media %5), %6 USDT</translation>
    </message>
    <message>
        <source>longs</source>
        <translation>largos</translation>
    </message>
    <message>
        <source>shorts</source>
        <translation>cortos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation>Liquidados</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Volume (USDT)</source>
        <translation>Volumen (USDT)</translation>
    </message>
    <message>
        <source>Traded</source>
        <translation>Operado</translation>
    </message>
</context>
<context>
    <name>trd::ui::LiquidationView</name>
    <message>
        <source>Traded symbols only</source>
        <translation>Solo símbolos operados</translation>
    </message>
    <message>
        <source>Only the symbols of your configuration; the feed itself keeps every symbol.</source>
        <translation>Solo los símbolos de su configuración; el flujo en sí conserva todos los símbolos.</translation>
    </message>
    <message>
        <source>Hide liquidations smaller than this volume.</source>
        <translation>Oculta las liquidaciones con un volumen menor que este.</translation>
    </message>
    <message>
        <source>Symbol…</source>
        <translation>Símbolo…</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>%L1 shown · %L2 USDT</source>
        <translation>%L1 mostradas · %L2 USDT</translation>
    </message>
</context>
<context>
    <name>trd::ui::MainWindow</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Cronología de eventos</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>Liquidaciones</translation>
    </message>
    <message>
        <source>The stored liquidations could not be read: %1</source>
        <translation>No se pudieron leer las liquidaciones guardadas: %1</translation>
    </message>
    <message>
        <source>Reading the tranche history: %L1 tranches so far…</source>
        <translation>Leyendo el historial de tramos: %L1 tramos hasta ahora…</translation>
    </message>
    <message>
        <source>Tranche history read: %L1 tranches</source>
        <translation>Historial de tramos leído: %L1 tramos</translation>
    </message>
    <message>
        <source>The tranche history could not be read completely: %1</source>
        <translation>No se pudo leer completo el historial de tramos: %1</translation>
    </message>
    <message>
        <source>The exchange&apos;s request budget per minute, as it reports it on every answer.</source>
        <translation>El presupuesto de peticiones por minuto del exchange, tal como lo indica en cada respuesta.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;tranches as CSV…</source>
        <translation>Exportar &amp;tramos como CSV…</translation>
    </message>
    <message>
        <source>Export &amp;events as CSV…</source>
        <translation>Exportar &amp;eventos como CSV…</translation>
    </message>
    <message>
        <source>&amp;Import original bot config…</source>
        <translation>&amp;Importar configuración del bot original…</translation>
    </message>
    <message>
        <source>Import the original bot&apos;s config</source>
        <translation>Importar la configuración del bot original</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>E&amp;xport config…</source>
        <translation>E&amp;xportar configuración…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>Export config</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>Configuration exported to %1 (without API keys)</source>
        <translation>Configuración exportada a %1 (sin claves API)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Trading</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>API &amp;keys…</source>
        <translation>&amp;Claves API…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>&amp;Buscar en la cronología</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Seguir al s&amp;istema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>TrancheDesk will use the new language the next time it starts.</source>
        <translation>TrancheDesk usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About TrancheDesk</source>
        <translation>&amp;Acerca de TrancheDesk</translation>
    </message>
    <message>
        <source>New entries are paused: the hunter opens no tranche. Open tranches are still managed (TP/SL, isolation, sync).</source>
        <translation>Las nuevas entradas están en pausa: el cazador no abre ningún tramo. Los tramos abiertos se siguen gestionando (TP/SL, aislamiento, sincronización).</translation>
    </message>
    <message>
        <source>Resume entries</source>
        <translation>Reanudar entradas</translation>
    </message>
    <message>
        <source>TrancheDesk — PAPER</source>
        <translation>TrancheDesk — PAPER</translation>
    </message>
    <message>
        <source>TrancheDesk — LIVE</source>
        <translation>TrancheDesk — LIVE</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The engine refused %1</source>
        <translation>El motor rechazó %1</translation>
    </message>
    <message>
        <source>The engine&apos;s mode is set where it runs (config.json and its keys).</source>
        <translation>El modo del motor se fija donde se ejecuta (config.json y sus claves).</translation>
    </message>
    <message>
        <source>&amp;Connect to engine…</source>
        <translation>&amp;Conectar con el motor…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Backtest…</translation>
    </message>
    <message>
        <source>&amp;What-if on this run…</source>
        <translation>Análisis &amp;hipotético de esta ejecución…</translation>
    </message>
    <message>
        <source>&amp;Download candles…</source>
        <translation>&amp;Descargar velas…</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>Conectar con el motor</translation>
    </message>
    <message>
        <source>Opening a window onto the engine at %1…</source>
        <translation>Abriendo una ventana al motor de %1…</translation>
    </message>
    <message>
        <source>The token is used for this window only: %1</source>
        <translation>El token se usa solo para esta ventana: %1</translation>
    </message>
    <message>
        <source>TrancheDesk — LIVE · %1</source>
        <translation>TrancheDesk — LIVE · %1</translation>
    </message>
</context>
<context>
    <name>trd::ui::Notifier</name>
    <message>
        <source>Notify on isolation</source>
        <translation>Avisar al aislar</translation>
    </message>
    <message>
        <source>Notify on close</source>
        <translation>Avisar al cerrar</translation>
    </message>
    <message>
        <source>Notify on sync drift</source>
        <translation>Avisar de desviación de sincronización</translation>
    </message>
    <message>
        <source>Show TrancheDesk</source>
        <translation>Mostrar TrancheDesk</translation>
    </message>
    <message>
        <source>Tranche isolated</source>
        <translation>Tramo aislado</translation>
    </message>
    <message>
        <source>%1 %2 #%3 entered at %4 is under water (isolated at %5).</source>
        <translation>%1 %2 #%3, con entrada a %4, está en pérdidas (aislado a %5).</translation>
    </message>
    <message>
        <source>Tranche closed</source>
        <translation>Tramo cerrado</translation>
    </message>
    <message>
        <source>%1 %2 #%3 closed (%4): realized %5 USDT.</source>
        <translation>%1 %2 #%3 cerrado (%4): realizado %5 USDT.</translation>
    </message>
    <message>
        <source>Sync drift</source>
        <translation>Desviación de sincronización</translation>
    </message>
    <message>
        <source>%1 %2: the tranches and the exchange position disagree (%3).</source>
        <translation>%1 %2: los tramos y la posición del exchange no coinciden (%3).</translation>
    </message>
    <message>
        <source>Exchange notice</source>
        <translation>Aviso del exchange</translation>
    </message>
    <message>
        <source>MARGIN CALL</source>
        <translation>LLAMADA DE MARGEN</translation>
    </message>
</context>
<context>
    <name>trd::ui::PlainKeysDialog</name>
    <message>
        <source>%1 holds API credentials in plain text (%2): anyone who can read the file can trade with them. TrancheDesk keeps keys only in the operating system&apos;s keychain and does not use these.

Move to keychain stores them there and rewrites the file without them; everything else in the file stays as it is.</source>
        <translation>%1 contiene credenciales API en texto plano (%2): cualquiera que pueda leer el archivo puede operar con ellas. TrancheDesk guarda las claves solo en el llavero del sistema operativo y no usa estas.

Mover al llavero las guarda allí y reescribe el archivo sin ellas; todo lo demás del archivo queda como está.</translation>
    </message>
    <message>
        <source>The keychain refused the keys, so %1 was left as it was.</source>
        <translation>El llavero rechazó las claves, así que %1 se dejó como estaba.</translation>
    </message>
    <message>
        <source>The keys are in the keychain now, but the file could not be rewritten: %1. Blank api.apiKey and api.secretKey in it by hand.</source>
        <translation>Las claves ya están en el llavero, pero no se pudo reescribir el archivo: %1. Vacíe a mano api.apiKey y api.secretKey en él.</translation>
    </message>
</context>
<context>
    <name>trd::ui::PnlChart</name>
    <message>
        <source>Cumulative realized P&amp;L (USDT)</source>
        <translation>P&amp;L realizado acumulado (USDT)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Selected symbol</source>
        <translation>Símbolo seleccionado</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
</context>
<context>
    <name>trd::ui::PriceChart</name>
    <message>
        <source>Mark price</source>
        <translation>Precio de marca</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>#%1 entry</source>
        <translation>#%1 entrada</translation>
    </message>
    <message>
        <source>#%1 TP</source>
        <translation>#%1 TP</translation>
    </message>
    <message>
        <source>#%1 SL</source>
        <translation>#%1 SL</translation>
    </message>
    <message>
        <source>Mark price (select a symbol)</source>
        <translation>Precio de marca (seleccione un símbolo)</translation>
    </message>
    <message>
        <source>%1 mark price</source>
        <translation>Precio de marca de %1</translation>
    </message>
</context>
<context>
    <name>trd::ui::RecordedSources</name>
    <message>
        <source>This session keeps no store file to replay from.</source>
        <translation>Esta sesión no tiene ningún archivo de almacén desde el que reproducir.</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>No se puede leer el almacén: %1</translation>
    </message>
    <message>
        <source>liquidations are recorded</source>
        <translation>se graban las liquidaciones</translation>
    </message>
    <message>
        <source>no liquidations are recorded yet</source>
        <translation>todavía no hay liquidaciones grabadas</translation>
    </message>
    <message>
        <source>marks every second since %1</source>
        <translation>precios de marca cada segundo desde %1</translation>
    </message>
    <message>
        <source>1-minute mark candles since %1</source>
        <translation>velas de 1 minuto de precios de marca desde %1</translation>
    </message>
    <message>
        <source>downloaded 1-minute klines since %1</source>
        <translation>klines de 1 minuto descargadas desde %1</translation>
    </message>
    <message>
        <source>no prices are recorded yet (the markRecording setting keeps them from now on)</source>
        <translation>todavía no hay precios grabados (el ajuste markRecording los guarda a partir de ahora)</translation>
    </message>
</context>
<context>
    <name>trd::ui::RemoteEngine</name>
    <message>
        <source>no answer from %1</source>
        <translation>sin respuesta de %1</translation>
    </message>
    <message>
        <source>The link to the engine is down; nothing was sent.</source>
        <translation>El enlace con el motor está caído; no se envió nada.</translation>
    </message>
    <message>
        <source>This window has a watch token: it shows the engine but cannot steer it.</source>
        <translation>Esta ventana tiene un token de observación: muestra el motor pero no puede dirigirlo.</translation>
    </message>
    <message>
        <source>The link to the engine is down; the configuration was not sent.</source>
        <translation>El enlace con el motor está caído; no se envió la configuración.</translation>
    </message>
    <message>
        <source>This window has a watch token: it cannot change the engine&apos;s configuration.</source>
        <translation>Esta ventana tiene un token de observación: no puede cambiar la configuración del motor.</translation>
    </message>
</context>
<context>
    <name>trd::ui::RemoteProfile</name>
    <message>
        <source>No engine address: give HOST:PORT, for example 127.0.0.1:8787.</source>
        <translation>No hay dirección del motor: indique HOST:PORT, por ejemplo 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an engine address: give HOST:PORT, for example 127.0.0.1:8787.</source>
        <translation>«%1» no es una dirección de motor: indique HOST:PORT, por ejemplo 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>token file %1 does not exist</source>
        <translation>el archivo de token %1 no existe</translation>
    </message>
    <message>
        <source>token file %1 has mode %2: its group or other users can read it. Refusing a token others can see; run chmod 600 %1.</source>
        <translation>el archivo de token %1 tiene el modo %2: su grupo u otros usuarios pueden leerlo. Se rechaza un token que otros pueden ver; ejecute chmod 600 %1.</translation>
    </message>
    <message>
        <source>token file %1 is empty: its first line must be the token</source>
        <translation>el archivo de token %1 está vacío: su primera línea debe ser el token</translation>
    </message>
    <message>
        <source>No token for the engine at %1: give --token-file FILE, set %2, or enter it in File → Connect to engine….</source>
        <translation>No hay token para el motor de %1: indique --token-file FILE, defina %2 o introdúzcalo en Archivo → Conectar con el motor….</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>sin respuesta de %1</translation>
    </message>
</context>
<context>
    <name>trd::ui::SettingsDialog</name>
    <message>
        <source>Import the original bot&apos;s config</source>
        <translation>Importar la configuración del bot original</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>Symbol &quot;%1&quot; is not valid: 2–30 capital letters and digits, e.g. BTCUSDT.</source>
        <translation>El símbolo «%1» no es válido: de 2 a 30 letras mayúsculas y dígitos, p. ej. BTCUSDT.</translation>
    </message>
    <message>
        <source>%1 is already configured.</source>
        <translation>%1 ya está configurado.</translation>
    </message>
    <message>
        <source>%1 added with the documented defaults. Save to start trading it.</source>
        <translation>%1 añadido con los valores predeterminados documentados. Guarde para empezar a operarlo.</translation>
    </message>
    <message>
        <source>%1 removed. Save to stop trading it (its open tranches stay managed until closed).</source>
        <translation>%1 quitado. Guarde para dejar de operarlo (sus tramos abiertos se siguen gestionando hasta que se cierren).</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 preset: %2 already has its values; nothing changed.</source>
        <translation>Estrategia %1: %2 ya tiene sus valores; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 preset applied to %2 — %3. Save to use it.</source>
        <translation>Estrategia %1 aplicada a %2 — %3. Guarde para usarla.</translation>
    </message>
    <message>
        <source>Not saved — fix the highlighted fields: %1</source>
        <translation>No guardado — corrija los campos resaltados: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Error al importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n symbol(s) from %1.%2 Review and Save.</source>
        <translation>
            <numerusform>Importado %n símbolo de %1.%2 Revise y guarde.</numerusform>
            <numerusform>Importados %n símbolos de %1.%2 Revise y guarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (without API keys).</source>
        <translation>Exportado a %1 (sin claves API).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation>
            <numerusform>… y %n más (pase el ratón por encima para leerlos todos)</numerusform>
            <numerusform>… y %n más (pase el ratón por encima para leerlos todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) — Save still works:</source>
        <translation>
            <numerusform>%n aviso — Guardar sigue funcionando:</numerusform>
            <numerusform>%n avisos — Guardar sigue funcionando:</numerusform>
        </translation>
    </message>
    <message>
        <source> The file holds API keys in plain text: move them to the keychain or they are not used.</source>
        <translation> El archivo contiene claves API en texto plano: muévalas al llavero o no se usarán.</translation>
    </message>
    <message>
        <source>The API keys are in the keychain now and no longer in %1.</source>
        <translation>Las claves API ya están en el llavero y ya no en %1.</translation>
    </message>
</context>
<context>
    <name>trd::ui::StrategyPresets</name>
    <message>
        <source>Aggressive Scalping</source>
        <translation>Scalping agresivo</translation>
    </message>
    <message>
        <source>Fast in-and-out trades with minimal isolation time</source>
        <translation>Operaciones rápidas de entrada y salida con el mínimo tiempo aislado</translation>
    </message>
    <message>
        <source>Hold &amp; Recover</source>
        <translation>Mantener y recuperar</translation>
    </message>
    <message>
        <source>Hold losing positions long-term while scalping profits</source>
        <translation>Mantiene a largo plazo las posiciones perdedoras mientras hace scalping de beneficios</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrada</translation>
    </message>
    <message>
        <source>Balance between quick profits and position recovery</source>
        <translation>Equilibrio entre beneficios rápidos y recuperación de posiciones</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>Conservadora</translation>
    </message>
    <message>
        <source>Minimal complexity, tight risk control</source>
        <translation>Complejidad mínima, control estricto del riesgo</translation>
    </message>
</context>
<context>
    <name>trd::ui::SummaryPanel</name>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Aislados</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>P&amp;L no realizado</translation>
    </message>
    <message>
        <source>Realized P&amp;L</source>
        <translation>P&amp;L realizado</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>Exposure (notional)</source>
        <translation>Exposición (nocional)</translation>
    </message>
    <message>
        <source>Margin used</source>
        <translation>Margen usado</translation>
    </message>
    <message>
        <source>Best entry</source>
        <translation>Mejor entrada</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation>Toda la cuenta</translation>
    </message>
    <message>
        <source>Selection: all symbols</source>
        <translation>Selección: todos los símbolos</translation>
    </message>
    <message>
        <source>Selection: %1 %2</source>
        <translation>Selección: %1 %2</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Funding received (+) or paid (−) every 8 h while tranches are open; already counted in Realized P&amp;L.</source>
        <translation>Financiación recibida (+) o pagada (−) cada 8 h mientras hay tramos abiertos; ya incluida en el P&amp;L realizado.</translation>
    </message>
</context>
<context>
    <name>trd::ui::TimelineView</name>
    <message>
        <source>All event types</source>
        <translation>Todos los tipos de evento</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Todos los símbolos</translation>
    </message>
    <message>
        <source>Search events (tranche id, reason, symbol…)</source>
        <translation>Buscar eventos (id del tramo, motivo, símbolo…)</translation>
    </message>
    <message>
        <source>No event type</source>
        <translation>Ningún tipo de evento</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>All but %1</source>
        <translation>Todos menos %1</translation>
    </message>
    <message>
        <source>%1 of %2 event types</source>
        <translation>%1 de %2 tipos de evento</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Mostrados: %1</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheAdjustDialog</name>
    <message>
        <source>#%1 %2 %3, %4 open at %5</source>
        <translation>#%1 %2 %3, %4 abierto a %5</translation>
    </message>
    <message>
        <source>mark %1</source>
        <translation>marca %1</translation>
    </message>
    <message>
        <source>no mark price yet</source>
        <translation>todavía sin precio de marca</translation>
    </message>
    <message>
        <source>Close part of tranche #%1</source>
        <translation>Cerrar parte del tramo #%1</translation>
    </message>
    <message>
        <source>&amp;Quantity to close</source>
        <translation>&amp;Cantidad a cerrar</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>Close part at market</source>
        <translation>Cerrar parte a mercado</translation>
    </message>
    <message>
        <source>Move TP/SL of tranche #%1</source>
        <translation>Mover TP/SL del tramo #%1</translation>
    </message>
    <message>
        <source>&amp;Take profit</source>
        <translation>&amp;Toma de ganancias</translation>
    </message>
    <message>
        <source>&amp;Stop loss</source>
        <translation>&amp;Stop loss</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>At the mark this realizes about %1 USDT before fees.</source>
        <translation>Al precio de marca esto realiza unos %1 USDT antes de comisiones.</translation>
    </message>
    <message>
        <source>At the take profit: %1 USDT; at the stop: %2 USDT (before fees).</source>
        <translation>En la toma de ganancias: %1 USDT; en el stop: %2 USDT (antes de comisiones).</translation>
    </message>
    <message>
        <source>Enter numbers with a &apos;.&apos; as the decimal point.</source>
        <translation>Escriba los números con un «.» como separador decimal.</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheDetailPanel</name>
    <message>
        <source>No tranche selected</source>
        <translation>Ningún tramo seleccionado</translation>
    </message>
    <message>
        <source>Select a row to see its card.</source>
        <translation>Elija una fila para verla.</translation>
    </message>
    <message>
        <source>Tranche #%1 · %2 %3</source>
        <translation>Tramo #%1 · %2 %3</translation>
    </message>
    <message>
        <source>★ best entry</source>
        <translation>★ mejor entrada</translation>
    </message>
    <message>
        <source>ISOLATED</source>
        <translation>AISLADO</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 USDT</source>
        <translation>%1 USDT</translation>
    </message>
    <message>
        <source>%1x</source>
        <comment>leverage</comment>
        <translation>%1x</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>PnL % / ROE %</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>a take-profit or stop-loss price, then its distance from the entry in percent</extracomment>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <comment>time @ price</comment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <comment>time @ price (close reason)</comment>
        <translation>%1 @ %2 (%3)</translation>
    </message>
    <message>
        <source>%1 USDT (in realized P&amp;L)</source>
        <comment>funding of one tranche</comment>
        <translation>%1 USDT (en el P&amp;L realizado)</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheTableModel</name>
    <message>
        <source>LIQUIDATED</source>
        <comment>tranche status</comment>
        <translation>LIQUIDADO</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <comment>tranche status</comment>
        <translation>CERRADO</translation>
    </message>
    <message>
        <source>ISOLATED</source>
        <comment>tranche status</comment>
        <translation>AISLADO</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <comment>tranche status</comment>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>★ best entry of %1 %2</source>
        <translation>★ mejor entrada de %1 %2</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Lev.</source>
        <translation>Apal.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Unrealized</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>PnL %</source>
        <translation>P&amp;L %</translation>
    </message>
    <message>
        <source>ROE %</source>
        <translation>ROE %</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Funding received (+) or paid (−) while open: %1 USDT, already part of realized P&amp;L (%2)</source>
        <translation>Financiación recibida (+) o pagada (−) mientras está abierto: %1 USDT, ya incluida en el P&amp;L realizado (%2)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheView</name>
    <message>
        <source>Close selected tranche…</source>
        <translation>Cerrar el tramo seleccionado…</translation>
    </message>
    <message>
        <source>Close the selected open tranche at market (asks first)</source>
        <translation>Cierra a mercado el tramo abierto seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Aislados</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todos abiertos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every open tranche, active and isolated</source>
        <translation>Todos los tramos abiertos, activos y aislados</translation>
    </message>
    <message>
        <source>Close this tranche…</source>
        <translation>Cerrar este tramo…</translation>
    </message>
    <message>
        <source>Close part…</source>
        <translation>Cerrar una parte…</translation>
    </message>
    <message>
        <source>Move TP/SL…</source>
        <translation>Mover TP/SL…</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Close tranche #%1 (%2 %3, %4 @ %5) at market now?

A reduce-only order for its quantity is sent; the other tranches are untouched.</source>
        <translation>¿Cerrar ahora a mercado el tramo #%1 (%2 %3, %4 @ %5)?

Se envía una orden solo de reducción por su cantidad; los demás tramos no se tocan.</translation>
    </message>
    <message>
        <source>Close this tranche</source>
        <translation>Cerrar este tramo</translation>
    </message>
</context>
<context>
    <name>trd::ui::UiFormat</name>
    <message>
        <source>synced</source>
        <comment>reconciliation state</comment>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>drift</source>
        <comment>reconciliation state</comment>
        <translation>desviación</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>reconciliation state</comment>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reconciliation state</comment>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>trd::ui::UnrealizedChart</name>
    <message>
        <source>In profit</source>
        <translation>En beneficio</translation>
    </message>
    <message>
        <source>Under water</source>
        <translation>En pérdidas</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L per open tranche (USDT)</source>
        <translation>P&amp;L no realizado por tramo abierto (USDT)</translation>
    </message>
    <message>
        <source>no open tranche</source>
        <translation>ningún tramo abierto</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
</context>
<context>
    <name>trd::ui::VariantComparisonModel</name>
    <message>
        <source>This variant stopped: %1</source>
        <translation>Esta variante se detuvo: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Variant</source>
        <comment>backtest column</comment>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Overrides</source>
        <comment>backtest column</comment>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Entries</source>
        <comment>backtest column</comment>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Tranches</source>
        <comment>backtest column</comment>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Isolated</source>
        <comment>backtest column</comment>
        <translation>Aislados</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <comment>backtest column</comment>
        <translation>Liquidados</translation>
    </message>
    <message>
        <source>Realized</source>
        <comment>backtest column</comment>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Fees</source>
        <comment>backtest column</comment>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>backtest column</comment>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <comment>backtest column</comment>
        <translation>P&amp;L neto</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <comment>backtest column</comment>
        <translation>Drawdown máximo</translation>
    </message>
    <message>
        <source>End balance</source>
        <comment>backtest column</comment>
        <translation>Saldo final</translation>
    </message>
</context>
<context>
    <name>trd::ui::WhatIfDialog</name>
    <message>
        <source>Open a TrancheDesk store</source>
        <translation>Abrir un almacén de TrancheDesk</translation>
    </message>
    <message>
        <source>TrancheDesk stores (*.db *.sqlite);;All files (*)</source>
        <translation>Almacenes de TrancheDesk (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>this session&apos;s run</source>
        <translation>la ejecución de esta sesión</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Análisis hipotético</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ejecución: %1</translation>
    </message>
    <message>
        <source>This run has no close that named no tranche (a liquidation, a close made outside TrancheDesk): every close went to the tranche it was for, so no closing strategy had a choice to make.</source>
        <translation>Esta ejecución no tiene ningún cierre que no indicara tramo (una liquidación, un cierre hecho fuera de TrancheDesk): cada cierre fue al tramo al que correspondía, así que ninguna estrategia de cierre tuvo que elegir.</translation>
    </message>
    <message numerus="yes">
        <source>%n close(s) named no tranche and were spread over the open tranches by the closing strategy. Realized P&amp;L of those closes, per tranche:</source>
        <translation>
            <numerusform>%n cierre no indicó tramo y se repartió entre los tramos abiertos según la estrategia de cierre. P&amp;L realizado de esos cierres, por tramo:</numerusform>
            <numerusform>%n cierres no indicaron tramo y se repartieron entre los tramos abiertos según la estrategia de cierre. P&amp;L realizado de esos cierres, por tramo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n close(s) were left out: the tranches they came from are no longer in the store (retention).</source>
        <translation>
            <numerusform>Se omitió %n cierre: los tramos de los que procedía ya no están en el almacén (retención).</numerusform>
            <numerusform>Se omitieron %n cierres: los tramos de los que procedían ya no están en el almacén (retención).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Every strategy would have closed the same tranches as the engine did: nothing after these closes would have changed.</source>
        <translation>Todas las estrategias habrían cerrado los mismos tramos que el motor: nada habría cambiado después de estos cierres.</translation>
    </message>
    <message>
        <source>Where a strategy closed other tranches than the engine did, it would have left other tranches open, with their own take-profit and stop orders, isolation and limits: %1. What followed is not what that strategy would have met; the figures after that moment compare the closes only, and only a re-run (a backtest with closingStrategy varied) answers the rest. One position (tranche management off) changes every order after the first close.</source>
        <translation>Donde una estrategia cerró tramos distintos de los que cerró el motor, habría dejado abiertos otros tramos, con sus propias órdenes de toma de ganancias y stop, su aislamiento y sus límites: %1. Lo que siguió no es lo que esa estrategia habría encontrado; las cifras posteriores a ese momento comparan solo los cierres, y solo una nueva ejecución (un backtest variando closingStrategy) responde al resto. Una sola posición (gestión de tramos desactivada) cambia todas las órdenes tras el primer cierre.</translation>
    </message>
    <message>
        <source>A re-run needs the Backtest window (Tools → Backtest…), which this build does not have. The command line does the same: tranchedesk-cli backtest --vary closingStrategy=LIFO,FIFO,WORST_FIRST,BEST_FIRST over the recorded data replays it under each strategy.</source>
        <translation>Una nueva ejecución necesita la ventana de backtest (Herramientas → Backtest…), que esta compilación no tiene. La línea de comandos hace lo mismo: tranchedesk-cli backtest --vary closingStrategy=LIFO,FIFO,WORST_FIRST,BEST_FIRST sobre los datos grabados la reproduce con cada estrategia.</translation>
    </message>
</context>
<context>
    <name>trd::ui::WhatIfTableModel</name>
    <message>
        <source>Total</source>
        <extracomment>the what-if table&apos;s last row</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column header: the tranche&apos;s number</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>As booked</source>
        <extracomment>column header: realized P&amp;L as the engine spread the closes</extracomment>
        <translation>Según lo registrado</translation>
    </message>
    <message>
        <source>One position</source>
        <extracomment>column header: tranche management off, one position per symbol and side</extracomment>
        <translation>Una sola posición</translation>
    </message>
</context>
</TS>
