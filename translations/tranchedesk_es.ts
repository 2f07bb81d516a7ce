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
        <source>usage: %1
       %2</source>
        <translation>uso: %1
     %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>orden desconocida «%1»
%2</translation>
    </message>
</context>
<context>
    <name>trd::app::AppOptions</name>
    <message>
        <source>TrancheDesk: perpetual futures on Aster, every entry its own tranche.</source>
        <translation>TrancheDesk: futuros perpetuos en Aster, cada entrada es su propio tramo.</translation>
    </message>
    <message>
        <source>Keep the store, the configuration and the window settings in &lt;dir&gt;.</source>
        <translation>Guarda el almacén, la configuración y los ajustes de la ventana en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Seed of the demo market (default: new each launch).</source>
        <translation>Semilla del mercado de demostración (por defecto: nueva en cada inicio).</translation>
    </message>
    <message>
        <source>Milliseconds between demo market ticks (default 250).</source>
        <translation>Milisegundos entre ticks del mercado de demostración (por defecto 250).</translation>
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
        <source>REST base URL for LIVE mode (default https://fapi.asterdex.com; e.g. a local fake exchange).</source>
        <translation>URL base REST para el modo LIVE (por defecto https://fapi.asterdex.com; p. ej. un exchange falso local).</translation>
    </message>
    <message>
        <source>WebSocket base URL for LIVE mode (default wss://fstream.asterdex.com).</source>
        <translation>URL base WebSocket para el modo LIVE (por defecto wss://fstream.asterdex.com).</translation>
    </message>
    <message>
        <source>Where LIVE trades: mainnet (default) or testnet (Aster&apos;s testnet hosts, V3 keys signed for chain 714).</source>
        <translation>Dónde opera LIVE: mainnet (por defecto) o testnet (los hosts de la red de pruebas de Aster, claves V3 firmadas para la cadena 714).</translation>
    </message>
    <message>
        <source>EIP-712 chainId of V3 signatures with --rest-url (default 1666, mainnet&apos;s).</source>
        <translation>chainId EIP-712 de las firmas V3 con --rest-url (por defecto 1666, el de mainnet).</translation>
    </message>
</context>
<context>
    <name>trd::app::DeskApp</name>
    <message>
        <source>The configuration asks for LIVE mode, but no API key is in the keychain: running in PAPER mode. Enter the keys under Settings → API keys, then switch to LIVE.</source>
        <translation>La configuración pide el modo LIVE, pero no hay ninguna clave API en el llavero: se ejecuta en modo PAPER. Introduzca las claves en Configuración → Claves API y después cambie a LIVE.</translation>
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
        <source>%1 is not traded on the demo market, so it would never open a tranche in PAPER. The demo market has: %2.</source>
        <translation>%1 no se negocia en el mercado de demostración, así que nunca abriría un tramo en PAPER. El mercado de demostración tiene: %2.</translation>
    </message>
    <message>
        <source>%1 is not listed by the exchange (%2), so no order could be placed for it.</source>
        <translation>El exchange no lista %1 (%2), así que no se pudo colocar ninguna orden para él.</translation>
    </message>
    <message>
        <source>%1 cannot be checked against the exchange&apos;s list yet: LIVE is not connected. Add it once the status bar says connected.</source>
        <translation>Todavía no se puede comprobar %1 con la lista del exchange: LIVE no está conectado. Añádalo cuando la barra de estado indique «conectado».</translation>
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
        <source>Could not switch mode: %1</source>
        <translation>No se pudo cambiar de modo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) from the exchange refused and left out of the books; the last: %1</source>
        <translation>
            <numerusform>%n trama del exchange rechazada y dejada fuera de los libros; la última: %1</numerusform>
            <numerusform>%n tramas del exchange rechazadas y dejadas fuera de los libros; la última: %1</numerusform>
        </translation>
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
</context>
<context>
    <name>trd::ui::DeskSession</name>
    <message>
        <source>LIVE mode needs API keys: an API wallet (account address and API wallet private key) or an HMAC API key and secret, entered under Settings → API keys.</source>
        <translation>El modo LIVE necesita claves API: un monedero API (dirección de la cuenta y clave privada del monedero API) o una clave API HMAC y su secreto, introducidos en Configuración → Claves API.</translation>
    </message>
    <message>
        <source>This window is not connected to an exchange that can trade LIVE. The application stays in PAPER mode; no order was sent to Aster.</source>
        <translation>Esta ventana no está conectada a un exchange que pueda operar en LIVE. La aplicación sigue en modo PAPER; no se envió ninguna orden a Aster.</translation>
    </message>
    <message>
        <source>This window cannot switch modes.</source>
        <translation>Esta ventana no puede cambiar de modo.</translation>
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
    <message>
        <source> Its API keys were moved to the keychain.</source>
        <translation> Sus claves API se trasladaron al llavero.</translation>
    </message>
    <message>
        <source> Its API keys could not be stored.</source>
        <translation> Sus claves API no se pudieron guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n symbol(s) from %1.%2 Review and Save.</source>
        <translation>
            <numerusform>Importado %n símbolo de %1.%2 Revise y guarde.</numerusform>
            <numerusform>Importados %n símbolos de %1.%2 Revise y guarde.</numerusform>
        </translation>
    </message>
    <message>
        <source> Warnings: %1</source>
        <translation> Avisos: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (without API keys).</source>
        <translation>Exportado a %1 (sin claves API).</translation>
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
</context>
</TS>
