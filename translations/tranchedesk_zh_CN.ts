<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TrancheDesk</source>
        <translation>关于 TrancheDesk</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:16pt; font-weight:600&quot;&gt;TrancheDesk&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;font-size:16pt; font-weight:600&quot;&gt;TrancheDesk&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Trades perpetual futures on Aster with every bot entry managed as its own tranche: its own entry, take profit, stop loss, isolation and P&amp;L.</source>
        <translation>在 Aster 上交易永续合约，机器人的每一笔入场都作为独立的分批仓位管理：各自的入场价、止盈、止损、隔离和盈亏。</translation>
    </message>
    <message>
        <source>Copyright © 2026 TrancheDesk authors. TrancheDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Copyright © 2026 TrancheDesk 作者。TrancheDesk 是自由软件：您可以依据 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款重新分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Libraries used:</source>
        <translation>使用的库：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <source>Exchange announcements</source>
        <translation>交易所公告</translation>
    </message>
    <message>
        <source>Notices the exchange sent this session: listings, maintenance, and notices addressed to your account. Each one is also in the event timeline.</source>
        <translation>交易所在本次会话中发送的通知：上新、维护以及发给您账户的通知。每条通知也会出现在事件时间线中。</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>Aster API keys</source>
        <translation>Aster API 密钥</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>API wallet (V3, keys created since March 2026)</source>
        <translation>API 钱包（V3，2026 年 3 月起创建的密钥）</translation>
    </message>
    <message>
        <source>HMAC API key and secret (V1, older keys)</source>
        <translation>HMAC API 密钥和密钥密文（V1，旧版密钥）</translation>
    </message>
    <message>
        <source>Account address:</source>
        <translation>账户地址：</translation>
    </message>
    <message>
        <source>API wallet private key:</source>
        <translation>API 钱包私钥：</translation>
    </message>
    <message>
        <source>64 hex digits, with or without 0x</source>
        <translation>64 位十六进制数字，可带或不带 0x</translation>
    </message>
    <message>
        <source>API wallet address:</source>
        <translation>API 钱包地址：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API 密钥密文：</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 密钥密文</translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s keychain, never in the configuration file or the logs.</source>
        <translation>保存在操作系统的钥匙串中，绝不写入配置文件或日志。</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Recorded market files</source>
        <translation>录制的行情文件</translation>
    </message>
    <message>
        <source>Candles, price ticks, liquidations and funding rates as CSV. The kind of each file is told from its header.</source>
        <translation>CSV 格式的 K 线、逐笔价格、强平和资金费率。每个文件的类型由其表头判断。</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Recorded by TrancheDesk</source>
        <translation>由 TrancheDesk 录制</translation>
    </message>
    <message>
        <source>Replay the liquidations this app recorded</source>
        <translation>回放本应用录制的强平</translation>
    </message>
    <message>
        <source>Replay the prices this app recorded:</source>
        <translation>回放本应用录制的价格：</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Symbol of files without a symbol column:</source>
        <translation>无交易对列的文件所属的交易对：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Starting balance (USDT):</source>
        <translation>初始余额（USDT）：</translation>
    </message>
    <message>
        <source>Exchange info (optional):</source>
        <translation>交易所信息（可选）：</translation>
    </message>
    <message>
        <source>exchangeInfo JSON, for the symbols&apos; tick and step sizes</source>
        <translation>exchangeInfo JSON，用于获取交易对的价格精度和数量步长</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Settings to vary</source>
        <translation>要变化的设置</translation>
    </message>
    <message>
        <source>Strategy presets</source>
        <translation>策略预设</translation>
    </message>
    <message>
        <source>Compare the four strategy presets (one variant each)</source>
        <translation>比较四种策略预设（每种一个变体）</translation>
    </message>
    <message>
        <source>Vary settings</source>
        <translation>变化设置</translation>
    </message>
    <message>
        <source>A setting takes each value listed; several settings make a grid of every combination. Each variant starts from the current configuration.</source>
        <translation>一项设置依次取所列的每个值；多项设置构成所有组合的网格。每个变体都从当前配置开始。</translation>
    </message>
    <message>
        <source>values, comma-separated: 2, 3, 4</source>
        <translation>值，以逗号分隔：2, 3, 4</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Equity and drawdown</source>
        <translation>权益与回撤</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分批仓位</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Apply these settings…</source>
        <translation>应用这些设置…</translation>
    </message>
    <message>
        <source>Export tables as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>运行回测</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConnectEngineDialog</name>
    <message>
        <source>Connect to engine</source>
        <translation>连接到引擎</translation>
    </message>
    <message>
        <source>Open a window onto a tranchedesk-engine running elsewhere (a server, or this machine). It shows what the engine sees and, with a control token, steers it.</source>
        <translation>打开一个窗口，连接到在别处（服务器或本机）运行的 tranchedesk-engine。它显示引擎所见的内容，并可在持有控制令牌时操控引擎。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>HOST:PORT, for example 127.0.0.1:8787</source>
        <translation>HOST:PORT，例如 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>printed once by tranchedesk-engine --add-token</source>
        <translation>由 tranchedesk-engine --add-token 打印一次</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
</context>
<context>
    <name>DownloadCandlesDialog</name>
    <message>
        <source>Download candles</source>
        <translation>下载 K 线</translation>
    </message>
    <message>
        <source>1-minute candles (last prices, with volume) from the exchange&apos;s public klines, kept in the store for backtests. A download that stopped resumes after the last candle it stored.</source>
        <translation>来自交易所公开 klines 的 1 分钟 K 线（最新成交价，含成交量），保存在存储中供回测使用。中断的下载会从其已存储的最后一根 K 线之后继续。</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>交易对(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From (UTC)</source>
        <translation>从（UTC）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To (UTC)</source>
        <translation>到（UTC）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>取消下载(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExchangeProfileBox</name>
    <message>
        <source>Exchange for LIVE</source>
        <translation>LIVE 使用的交易所</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>交易所(&amp;E)：</translation>
    </message>
    <message>
        <source>Aster mainnet</source>
        <translation>Aster 主网</translation>
    </message>
    <message>
        <source>Aster testnet</source>
        <translation>Aster 测试网</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>&amp;REST URL:</source>
        <translation>REST URL(&amp;R)：</translation>
    </message>
    <message>
        <source>https://fapi.example.com or http://127.0.0.1:8900</source>
        <translation>https://fapi.example.com 或 http://127.0.0.1:8900</translation>
    </message>
    <message>
        <source>&amp;Stream URL:</source>
        <translation>数据流 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>wss://fstream.example.com or ws://127.0.0.1:8900</source>
        <translation>wss://fstream.example.com 或 ws://127.0.0.1:8900</translation>
    </message>
    <message>
        <source>&amp;Chain id:</source>
        <translation>链 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>1666 (mainnet&apos;s), 714 (testnet&apos;s)</source>
        <translation>1666（主网），714（测试网）</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;b&gt;Welcome to TrancheDesk.&lt;/b&gt; You are on a &lt;b&gt;simulated market&lt;/b&gt;: PAPER mode trades the built-in demo market, with no keys and no real money. Add or change a symbol in &lt;b&gt;Settings → Configure…&lt;/b&gt; (Ctrl+,). Real trading is the &lt;b&gt;Switch to LIVE…&lt;/b&gt; button in the toolbar. The user guide (F1) explains every panel.</source>
        <translation>&lt;b&gt;欢迎使用 TrancheDesk。&lt;/b&gt;您正处于&lt;b&gt;模拟市场&lt;/b&gt;：PAPER 模式在内置的演示市场上交易，无需密钥，不涉及真实资金。在&lt;b&gt;设置 → 配置…&lt;/b&gt;（Ctrl+,）中添加或更改交易对。真实交易请使用工具栏中的&lt;b&gt;切换到 LIVE…&lt;/b&gt;按钮。用户指南（F1）介绍了每个面板。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>PlainKeysDialog</name>
    <message>
        <source>API keys in a plain file</source>
        <translation>明文文件中的 API 密钥</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Move to keychain</source>
        <translation>移至钥匙串</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>The window shows a remote engine; only the engine writes its store.</source>
        <translation>此窗口显示的是远程引擎；只有引擎本身会写入其存储。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TrancheDesk settings</source>
        <translation>TrancheDesk 设置</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>e.g. SOLUSDT</source>
        <translation>例如 SOLUSDT</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Strategy presets:</source>
        <translation>策略预设：</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Import original bot config…</source>
        <translation>导入原机器人配置…</translation>
    </message>
    <message>
        <source>Export config…</source>
        <translation>导出配置…</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>API 密钥…</translation>
    </message>
    <message>
        <source>Doubtful but usable settings, checked as you edit. They do not stop Save.</source>
        <translation>可疑但可用的设置，编辑时即时检查。它们不会阻止保存。</translation>
    </message>
</context>
<context>
    <name>TrancheDetailPanel</name>
    <message>
        <source>Entry:</source>
        <translation>入场：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>保证金：</translation>
    </message>
    <message>
        <source>Leverage:</source>
        <translation>杠杆：</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L:</source>
        <translation>未实现盈亏：</translation>
    </message>
    <message>
        <source>PnL % / ROE %:</source>
        <translation>盈亏 % / ROE %：</translation>
    </message>
    <message>
        <source>Take profit:</source>
        <translation>止盈：</translation>
    </message>
    <message>
        <source>Stop loss:</source>
        <translation>止损：</translation>
    </message>
    <message>
        <source>Realized P&amp;L:</source>
        <translation>已实现盈亏：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>手续费：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Isolated at:</source>
        <translation>隔离于：</translation>
    </message>
    <message>
        <source>Exit:</source>
        <translation>离场：</translation>
    </message>
    <message>
        <source>Position side:</source>
        <translation>持仓方向：</translation>
    </message>
    <message>
        <source>Entry order:</source>
        <translation>入场订单：</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>资金费用：</translation>
    </message>
    <message>
        <source>Funding received (+) or paid (−) while the tranche was open, every 8 h; already part of its realized P&amp;L.</source>
        <translation>分批仓位持仓期间每 8 小时收取（+）或支付（−）的资金费用；已计入其已实现盈亏。</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What-if on this run</source>
        <translation>对本次运行的假设分析</translation>
    </message>
    <message>
        <source>Open a store file…</source>
        <translation>打开存储文件…</translation>
    </message>
    <message>
        <source>Read another run&apos;s store (paper.db, live.db or a copy), without changing it</source>
        <translation>读取另一次运行的存储（paper.db、live.db 或其副本），不作任何更改</translation>
    </message>
    <message>
        <source>The store keeps neither the mark at each close nor how its fees split between the tranches: WORST_FIRST and BEST_FIRST rank by the fill&apos;s price, and the fees of each close are spread by quantity. Totals per close are exact; a tranche&apos;s share of the fees is an estimate.</source>
        <translation>存储既不保留每次平仓时的标记价格，也不保留其手续费在各分批仓位之间的分摊方式：WORST_FIRST 和 BEST_FIRST 按成交价格排序，每次平仓的手续费按数量分摊。每次平仓的合计是精确的；单个分批仓位分摊的手续费是估算值。</translation>
    </message>
    <message>
        <source>Re-run in a backtest…</source>
        <translation>在回测中重新运行…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrancheDesk could not start:

%1</source>
        <translation>TrancheDesk 无法启动：

%1</translation>
    </message>
</context>
<context>
    <name>tranchedesk-cli</name>
    <message>
        <source>Runs a scenario (JSONL) through the tranche engine on the paper exchange and prints the result as JSON.</source>
        <translation>在模拟交易所上用分批仓位引擎运行一个场景（JSONL），并以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>The scenario file (JSONL); - for standard input.</source>
        <translation>场景文件（JSONL）；- 表示标准输入。</translation>
    </message>
    <message>
        <source>Keep the store in this SQLite file (default: a temporary file).</source>
        <translation>将存储保存在此 SQLite 文件中（默认：临时文件）。</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>缩进 JSON 输出。</translation>
    </message>
    <message>
        <source>simulate needs exactly one scenario file (see tranchedesk-cli simulate --help)</source>
        <translation>simulate 需要且只需要一个场景文件（参见 tranchedesk-cli simulate --help）</translation>
    </message>
    <message>
        <source>cannot read the scenario %1: %2</source>
        <translation>无法读取场景 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>Writes tranches.csv and events.csv from a TrancheDesk store.</source>
        <translation>从 TrancheDesk 存储写出 tranches.csv 和 events.csv。</translation>
    </message>
    <message>
        <source>The SQLite store to read.</source>
        <translation>要读取的 SQLite 存储。</translation>
    </message>
    <message>
        <source>The folder to write the CSV files into.</source>
        <translation>写入 CSV 文件的文件夹。</translation>
    </message>
    <message>
        <source>export needs --db FILE and --out DIR</source>
        <translation>export 需要 --db FILE 和 --out DIR</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>exported %1 tranches and %2 events to %3</source>
        <translation>已导出 %1 个分批仓位和 %2 个事件到 %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>未知命令“%1”
%2</translation>
    </message>
    <message>
        <source>usage: %1
       %2
       %3</source>
        <translation>用法：%1
       %2
       %3</translation>
    </message>
</context>
<context>
    <name>trd::app::AppOptions</name>
    <message>
        <source>TrancheDesk: perpetual futures on Aster, every entry its own tranche.</source>
        <translation>TrancheDesk：Aster 上的永续合约，每笔入场都是独立的分批仓位。</translation>
    </message>
    <message>
        <source>system (default), dark or light.</source>
        <translation>system（默认）、dark 或 light。</translation>
    </message>
    <message>
        <source>Save PNGs of the main views into &lt;dir&gt;, then quit.</source>
        <translation>将主要视图的 PNG 截图保存到 &lt;dir&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Seconds to run before the screenshots (default 45).</source>
        <translation>截图前运行的秒数（默认 45）。</translation>
    </message>
    <message>
        <source>Show the tranchedesk-engine at &lt;address&gt; (HOST:PORT, or a ws:// or wss:// URL) instead of running one.</source>
        <translation>显示位于 &lt;address&gt;（HOST:PORT，或 ws:// 或 wss:// URL）的 tranchedesk-engine，而不是自己运行一个引擎。</translation>
    </message>
    <message>
        <source>With --connect: the engine token, first line of &lt;file&gt; (mode 0600). Else $TRANCHEDESK_ENGINE_TOKEN, else the keychain.</source>
        <translation>与 --connect 一起使用：引擎令牌，取 &lt;file&gt; 的第一行（权限 0600）。否则使用 $TRANCHEDESK_ENGINE_TOKEN，再否则使用钥匙串。</translation>
    </message>
    <message>
        <source>With --connect to wss: the engine certificate&apos;s SHA-256 to pin, instead of asking on first use.</source>
        <translation>与 --connect 连接 wss 时使用：要固定的引擎证书 SHA-256，而不是在首次使用时询问。</translation>
    </message>
</context>
<context>
    <name>trd::app::DeskApp</name>
    <message>
        <source>The API keys are in the keychain now, and no longer in the configuration file.</source>
        <translation>API 密钥现已保存在钥匙串中，不再保存在配置文件中。</translation>
    </message>
</context>
<context>
    <name>trd::app::RemoteDeskApp</name>
    <message>
        <source>Could not read the certificate of the engine at %1: %2</source>
        <translation>无法读取位于 %1 的引擎的证书：%2</translation>
    </message>
    <message>
        <source>This is the first connection to the engine at %1. Its certificate&apos;s SHA-256 fingerprint is:

%2

Compare it with the fingerprint the engine logs when it starts. Trust this engine from now on?</source>
        <translation>这是首次连接到位于 %1 的引擎。其证书的 SHA-256 指纹为：

%2

请将其与引擎启动时记录在日志中的指纹进行比较。今后信任此引擎吗？</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>连接到引擎</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate was not trusted; nothing was sent to it.</source>
        <translation>引擎的证书未被信任；没有向其发送任何内容。</translation>
    </message>
</context>
<context>
    <name>trd::backtest</name>
    <message>
        <source>--vary %1: &quot;%2&quot; is not true or false</source>
        <translation>--vary %1：“%2”不是 true 或 false</translation>
    </message>
</context>
<context>
    <name>trd::backtest::CsvLineReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>trd::backtest::MarketFileReader</name>
    <message>
        <source>the file is empty (expected a header row)</source>
        <translation>文件为空（应有一个表头行）</translation>
    </message>
    <message>
        <source>%1: line 1: unknown header &quot;%2&quot; (expected candles: time,open,high,low,close; ticks: time,price; liquidations: time,symbol,side,price,qty; funding: time,symbol,rate)</source>
        <translation>%1：第 1 行：未知表头“%2”（应为 candles：time,open,high,low,close；ticks：time,price；liquidations：time,symbol,side,price,qty；funding：time,symbol,rate）</translation>
    </message>
    <message>
        <source>%1: line 1: the %2 header &quot;%3&quot; has no time column</source>
        <translation>%1：第 1 行：%2 表头“%3”没有 time 列</translation>
    </message>
    <message>
        <source>%1: the file has no symbol column: say which symbol it is with --symbol</source>
        <translation>%1：文件没有 symbol 列：请用 --symbol 指明它是哪个交易对</translation>
    </message>
    <message>
        <source>%1: a funding file needs a symbol column</source>
        <translation>%1：资金费率文件需要 symbol 列</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a decimal number</source>
        <translation>第 %1 列：“%2”不是十进制数</translation>
    </message>
    <message>
        <source>column %1: %2 must be greater than 0</source>
        <translation>第 %1 列：%2 必须大于 0</translation>
    </message>
    <message>
        <source>the symbol is empty</source>
        <translation>交易对为空</translation>
    </message>
    <message>
        <source>low %1 and high %2 do not hold open %3 and close %4</source>
        <translation>最低价 %1 和最高价 %2 未包含开盘价 %3 和收盘价 %4</translation>
    </message>
    <message>
        <source>close_time is before open_time</source>
        <translation>close_time 早于 open_time</translation>
    </message>
    <message>
        <source>column side: &quot;%1&quot; is neither BUY nor SELL</source>
        <translation>side 列：“%1”既不是 BUY 也不是 SELL</translation>
    </message>
    <message>
        <source>the time goes backwards (%1 after %2): the file must be in time order</source>
        <translation>时间倒退（%1 在 %2 之后）：文件必须按时间顺序排列</translation>
    </message>
</context>
<context>
    <name>trd::backtest::TimeParser</name>
    <message>
        <source>bad time &quot;%1&quot;: %2</source>
        <translation>无效的时间“%1”：%2</translation>
    </message>
    <message>
        <source>--tz %1: offset out of range</source>
        <translation>--tz %1：偏移量超出范围</translation>
    </message>
    <message>
        <source>--tz %1: not a time zone (give an IANA name such as Europe/Berlin or an offset such as +05:30)</source>
        <translation>--tz %1：不是时区（请给出 IANA 名称，如 Europe/Berlin，或偏移量，如 +05:30）</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>expected epoch ms or s, or ISO-8601 such as 2024-12-04T16:46:25Z</source>
        <translation>应为以毫秒或秒为单位的纪元时间，或 ISO-8601 格式，如 2024-12-04T16:46:25Z</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>没有这样的日期或时间</translation>
    </message>
    <message>
        <source>it has no offset; say which zone it is in with --tz (e.g. --tz UTC)</source>
        <translation>它没有偏移量；请用 --tz 指明其所在时区（例如 --tz UTC）</translation>
    </message>
    <message>
        <source>does not exist in %1</source>
        <translation>在 %1 中不存在</translation>
    </message>
</context>
<context>
    <name>trd::backtest::VariantGrid</name>
    <message>
        <source>--vary %1: expected KEY=VALUE1,VALUE2,…</source>
        <translation>--vary %1：应为 KEY=VALUE1,VALUE2,…</translation>
    </message>
    <message>
        <source>--vary %1: an empty value</source>
        <translation>--vary %1：值为空</translation>
    </message>
    <message>
        <source>--vary %1: no such configuration key</source>
        <translation>--vary %1：没有这个配置键</translation>
    </message>
    <message>
        <source>--vary %1: the configuration has no symbols to apply it to</source>
        <translation>--vary %1：配置中没有可应用它的交易对</translation>
    </message>
    <message>
        <source>--vary %1=%2: %3</source>
        <translation>--vary %1=%2：%3</translation>
    </message>
</context>
<context>
    <name>trd::cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the configured symbol %2 is not listed (or not TRADING) there</source>
        <translation>%1：所配置的交易对 %2 未在那里列出（或状态不是 TRADING）</translation>
    </message>
    <message>
        <source>Replays recorded market data through the hunter, the tranche engine and the paper exchange, once per variant of the configuration.</source>
        <translation>将录制的行情数据依次通过猎手、分批仓位引擎和模拟交易所回放，配置的每个变体各回放一次。</translation>
    </message>
    <message>
        <source>The configuration file (JSON).</source>
        <translation>配置文件（JSON）。</translation>
    </message>
    <message>
        <source>Candles (Binance klines or time,open,high,low,close[,volume]); repeatable.</source>
        <translation>K 线（Binance klines 或 time,open,high,low,close[,volume]）；可重复。</translation>
    </message>
    <message>
        <source>Price ticks (time,price); repeatable.</source>
        <translation>逐笔价格（time,price）；可重复。</translation>
    </message>
    <message>
        <source>A TrancheDesk store whose recorded liquidations are replayed; repeatable.</source>
        <translation>回放其中录制的强平的 TrancheDesk 存储；可重复。</translation>
    </message>
    <message>
        <source>Liquidations (Binance forceOrder, Aster, time,symbol,side,price,qty); repeatable.</source>
        <translation>强平（Binance forceOrder、Aster、time,symbol,side,price,qty）；可重复。</translation>
    </message>
    <message>
        <source>Funding rates (time,symbol,rate; rate as a fraction, 0.0001 = 0.01 %).</source>
        <translation>资金费率（time,symbol,rate；rate 为小数，0.0001 = 0.01 %）。</translation>
    </message>
    <message>
        <source>The symbol of files that have no symbol column.</source>
        <translation>没有 symbol 列的文件所属的交易对。</translation>
    </message>
    <message>
        <source>The zone of times written without an offset (IANA name or +05:30).</source>
        <translation>未带偏移量的时间所在的时区（IANA 名称或 +05:30）。</translation>
    </message>
    <message>
        <source>Replay from this time (epoch ms or s, or ISO-8601).</source>
        <translation>从此时间开始回放（以毫秒或秒为单位的纪元时间，或 ISO-8601）。</translation>
    </message>
    <message>
        <source>Replay until this time (excluded).</source>
        <translation>回放到此时间为止（不含）。</translation>
    </message>
    <message>
        <source>Starting balance in USDT (default 10000).</source>
        <translation>以 USDT 计的初始余额（默认 10000）。</translation>
    </message>
    <message>
        <source>The exchange&apos;s exchangeInfo JSON, for the symbols&apos; filters.</source>
        <translation>交易所的 exchangeInfo JSON，用于获取交易对的过滤规则。</translation>
    </message>
    <message>
        <source>KEY=V1,V2,…: one variant per value; several --vary make a grid.</source>
        <translation>KEY=V1,V2,…：每个值一个变体；多个 --vary 构成网格。</translation>
    </message>
    <message>
        <source>Variants run at once (default: one per core).</source>
        <translation>同时运行的变体数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>Also write whatif.csv: untagged closes under each closing strategy.</source>
        <translation>同时写出 whatif.csv：各平仓策略下未标记的平仓。</translation>
    </message>
    <message>
        <source>The folder to write the report into.</source>
        <translation>写入报告的文件夹。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>trd::cli::BacktestCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>backtest needs --config FILE and --out DIR (see tranchedesk-cli backtest --help)</source>
        <translation>backtest 需要 --config FILE 和 --out DIR（参见 tranchedesk-cli backtest --help）</translation>
    </message>
    <message>
        <source>backtest needs prices: --candles FILE, --ticks FILE or --store DB</source>
        <translation>backtest 需要价格：--candles FILE、--ticks FILE 或 --store DB</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from 必须早于 --to</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>%1: the configuration has no symbols to trade</source>
        <translation>%1：配置中没有可交易的交易对</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to 256, got &quot;%1&quot;</source>
        <translation>--jobs 必须是 1 到 256 之间的整数，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>trd::cli::BacktestReport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>trd::cli::CsvExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>无法完成 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>trd::cli::ScenarioRunner</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>“%1”必须是非空字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a decimal number (a string such as &quot;0.001&quot;)</source>
        <translation>“%1”必须是十进制数（如 &quot;0.001&quot; 这样的字符串）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be greater than 0, got %2</source>
        <translation>“%1”必须大于 0，实际为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, got &quot;%3&quot;</source>
        <translation>“%1”必须是 %2 之一，实际为“%3”</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the store</source>
        <translation>无法为存储创建临时文件夹</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1，位于第 %2 个字符</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>第 %1 行：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>第 %1 行：警告：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>there is no tranche %1 of %2 %3 (%4 created so far by this scenario)</source>
        <translation>没有 %2 %3 的第 %1 个分批仓位（此场景目前已创建 %4 个）</translation>
    </message>
    <message>
        <source>&quot;t&quot; must be a whole number of epoch milliseconds</source>
        <translation>&quot;t&quot; 必须是以毫秒为单位的整数纪元时间</translation>
    </message>
    <message>
        <source>&quot;t&quot; goes backwards (%1 after %2)</source>
        <translation>&quot;t&quot; 时间倒退（%1 在 %2 之后）</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (expected %2)</source>
        <translation>未知类型“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>&quot;config&quot; must be a configuration object</source>
        <translation>&quot;config&quot; 必须是配置对象</translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation>无效的配置：%1</translation>
    </message>
    <message>
        <source>&quot;minNotional&quot; must be 0 or more, got %1</source>
        <translation>&quot;minNotional&quot; 必须大于或等于 0，实际为 %1</translation>
    </message>
    <message>
        <source>give exactly one of &quot;qty&quot; and &quot;margin&quot;</source>
        <translation>&quot;qty&quot; 和 &quot;margin&quot; 必须且只能给出一个</translation>
    </message>
    <message>
        <source>no mark price for %1 yet to size a margin entry</source>
        <translation>%1 尚无标记价格，无法按保证金计算入场数量</translation>
    </message>
    <message>
        <source>the quantity is out of range</source>
        <translation>数量超出范围</translation>
    </message>
    <message>
        <source>&quot;margin&quot; %1 at %2 gives an impossible quantity: %3</source>
        <translation>&quot;margin&quot; %1 在价格 %2 下得出不可能的数量：%3</translation>
    </message>
    <message>
        <source>&quot;index&quot; must be a whole number from 1</source>
        <translation>&quot;index&quot; 必须是从 1 开始的整数</translation>
    </message>
</context>
<context>
    <name>trd::engine::ControlServer</name>
    <message>
        <source>Listening on %1 needs TLS (a certificate and key, or the self-signed one the engine makes): tokens must not cross a network in clear. Listen on 127.0.0.1 and use an SSH tunnel, or give --tls-cert and --tls-key.</source>
        <translation>在 %1 上监听需要 TLS（证书和密钥，或引擎生成的自签名证书）：令牌不得以明文在网络上传输。请在 127.0.0.1 上监听并使用 SSH 隧道，或提供 --tls-cert 和 --tls-key。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>没有 type</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol</source>
        <translation>二进制帧不属于该协议</translation>
    </message>
    <message>
        <source>not a JSON object with a &quot;type&quot;: %1</source>
        <translation>不是带有 &quot;type&quot; 的 JSON 对象：%1</translation>
    </message>
    <message>
        <source>protocol version %1 is not spoken here; this engine speaks version %2</source>
        <translation>此处不支持协议版本 %1；此引擎使用版本 %2</translation>
    </message>
    <message>
        <source>the first message must be a hello</source>
        <translation>第一条消息必须是 hello</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>未知消息类型“%1”</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>未知令牌</translation>
    </message>
    <message>
        <source>%1 holds a watch token: it may look, not change anything</source>
        <translation>%1 持有观察令牌：只能查看，不能更改任何内容</translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation>引擎未在运行</translation>
    </message>
    <message>
        <source>no open tranche has the id &quot;%1&quot;</source>
        <translation>没有 ID 为“%1”的未平仓分批仓位</translation>
    </message>
    <message>
        <source>mode must be PAPER or LIVE, not &quot;%1&quot;</source>
        <translation>mode 必须是 PAPER 或 LIVE，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>history: &quot;what&quot; must be tranches or events, not &quot;%1&quot;</source>
        <translation>history：&quot;what&quot; 必须是 tranches 或 events，而不是“%1”</translation>
    </message>
    <message>
        <source>exportCsv: &quot;what&quot; must be tranches or events, not &quot;%1&quot;</source>
        <translation>exportCsv：&quot;what&quot; 必须是 tranches 或 events，而不是“%1”</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Remote command %1 from %2 (%3): %4</source>
        <translation>来自 %2（%3）的远程命令 %1：%4</translation>
    </message>
</context>
<context>
    <name>trd::engine::EngineHost</name>
    <message>
        <source>The configuration asks for LIVE mode, but no API key is in the keychain: running in PAPER mode. Enter the keys under Settings → API keys, then switch to LIVE.</source>
        <translation>配置要求实盘（LIVE）模式，但钥匙串中没有 API 密钥：以模拟（PAPER）模式运行。请在“设置 → API 密钥”中输入密钥，然后切换到 LIVE。</translation>
    </message>
    <message>
        <source>The configuration asks for LIVE mode: running in PAPER mode. %1</source>
        <translation>配置要求实盘（LIVE）模式：以模拟（PAPER）模式运行。%1</translation>
    </message>
    <message>
        <source>The sample configuration could not be saved: %1</source>
        <translation>无法保存示例配置：%1</translation>
    </message>
    <message>
        <source>First launch: PAPER mode on the demo market with a sample configuration (%1).</source>
        <translation>首次启动：在演示市场上以模拟（PAPER）模式运行，使用示例配置（%1）。</translation>
    </message>
    <message>
        <source>LIVE on %1: new entries are paused until you press Resume entries.</source>
        <translation>%1 上的 LIVE：新的入场已暂停，直到您按下“恢复入场”。</translation>
    </message>
    <message>
        <source>demo market</source>
        <translation>演示市场</translation>
    </message>
    <message>
        <source>%1 is not traded on the demo market, so it would never open a tranche in PAPER. The demo market has: %2.</source>
        <translation>%1 不在演示市场上交易，因此在 PAPER 模式下永远不会开立分批仓位。演示市场提供：%2。</translation>
    </message>
    <message>
        <source>%1 is not listed by the exchange (%2), so no order could be placed for it.</source>
        <translation>交易所未列出 %1（%2），因此无法为其下单。</translation>
    </message>
    <message>
        <source>%1 cannot be checked against the exchange&apos;s list yet: LIVE is not connected. Add it once the status bar says connected.</source>
        <translation>暂时无法对照交易所的列表检查 %1：LIVE 未连接。请在状态栏显示已连接后再添加。</translation>
    </message>
    <message>
        <source>New entries are paused, as they were when TrancheDesk last ran in PAPER. Press Resume entries to let the hunter trade.</source>
        <translation>新的入场已暂停，与 TrancheDesk 上次以 PAPER 模式运行时相同。按“恢复入场”让猎手开始交易。</translation>
    </message>
    <message>
        <source>the exchange banned this IP for ignoring its rate limits: %1</source>
        <translation>交易所因该 IP 无视其速率限制而将其封禁：%1</translation>
    </message>
    <message>
        <source>LIVE: connected to %1 and reconciled. New entries are paused until you press Resume entries.</source>
        <translation>LIVE：已连接到 %1 并完成对账。新的入场已暂停，直到您按下“恢复入场”。</translation>
    </message>
    <message>
        <source>%1 %2 %3 at mark %4 (maintenance margin %5 USDT)</source>
        <translation>%1 %2 %3，标记价格 %4（维持保证金 %5 USDT）</translation>
    </message>
    <message>
        <source>Margin call from the exchange: %1. Add margin or reduce the position before it is liquidated.</source>
        <translation>来自交易所的追加保证金通知：%1。请在强平之前追加保证金或减少持仓。</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) from the exchange refused and left out of the books; the last: %1</source>
        <translation>
            <numerusform>来自交易所的 %n 个数据帧被拒绝并未计入账目；最后一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange announcement: %1</source>
        <translation>交易所公告：%1</translation>
    </message>
    <message>
        <source>The account was switched to %1 mode outside TrancheDesk. New entries are paused; TrancheDesk switches it back to %2 if the exchange allows it.</source>
        <translation>账户在 TrancheDesk 之外被切换到 %1 模式。新的入场已暂停；如果交易所允许，TrancheDesk 会将其切换回 %2。</translation>
    </message>
    <message>
        <source>The account is in %1 mode again and the books were reconciled. New entries stay paused until you press Resume entries.</source>
        <translation>账户已恢复为 %1 模式，账目已对账。新的入场保持暂停，直到您按下“恢复入场”。</translation>
    </message>
    <message>
        <source>LIVE is not connected: %1</source>
        <translation>LIVE 未连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVE mode needs API keys, and this session has no keychain.</source>
        <translation>LIVE 模式需要 API 密钥，而此会话没有钥匙串。</translation>
    </message>
    <message>
        <source>Could not switch mode: %1</source>
        <translation>无法切换模式：%1</translation>
    </message>
</context>
<context>
    <name>trd::engine::KeyFiles</name>
    <message>
        <source>key file %1 does not exist or cannot be read</source>
        <translation>密钥文件 %1 不存在或无法读取</translation>
    </message>
    <message>
        <source>key file %1 has mode %2: its group or other users can read it. Refusing to use keys others can see; run chmod 600 %1.</source>
        <translation>密钥文件 %1 的权限为 %2：其所属组或其他用户可以读取。拒绝使用他人可见的密钥；请运行 chmod 600 %1。</translation>
    </message>
    <message>
        <source>key file %1, line %2: expected name=value with a name among %3</source>
        <translation>密钥文件 %1，第 %2 行：应为 name=value，且 name 为 %3 之一</translation>
    </message>
</context>
<context>
    <name>trd::engine::SecretStore</name>
    <message>
        <source>The operating system&apos;s keychain cannot be reached (%1), so API keys can be neither read nor stored and LIVE mode cannot start. TrancheDesk keeps keys only in a keychain, never in a plain file.

On Linux a Secret Service must run on the session&apos;s D-Bus: install gnome-keyring (or KeePassXC with its Secret Service integration, or KWallet). A desktop log-in starts it by itself; on a machine without a desktop, start TrancheDesk inside &quot;dbus-run-session&quot; after &quot;gnome-keyring-daemon --unlock --components=secrets&quot;. Then enter the keys under Settings → API keys.</source>
        <translation>无法访问操作系统的钥匙串（%1），因此既无法读取也无法保存 API 密钥，LIVE 模式无法启动。TrancheDesk 只将密钥保存在钥匙串中，绝不保存在明文文件中。

在 Linux 上，会话的 D-Bus 上必须运行 Secret Service：请安装 gnome-keyring（或启用 Secret Service 集成的 KeePassXC，或 KWallet）。桌面登录会自动启动它；在没有桌面的机器上，请在执行 &quot;gnome-keyring-daemon --unlock --components=secrets&quot; 之后，在 &quot;dbus-run-session&quot; 中启动 TrancheDesk。然后在“设置 → API 密钥”中输入密钥。</translation>
    </message>
    <message>
        <source>LIVE mode needs API keys: an API wallet (account address and API wallet private key) or an HMAC API key and secret, entered under Settings → API keys.</source>
        <translation>实盘（LIVE）模式需要 API 密钥：API 钱包（账户地址和 API 钱包私钥）或 HMAC API 密钥和密钥密文，请在“设置 → API 密钥”中输入。</translation>
    </message>
</context>
<context>
    <name>trd::engine::TlsIdentity</name>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM EC or RSA private key</source>
        <translation>%1 中没有未加密的 PEM EC 或 RSA 私钥</translation>
    </message>
    <message>
        <source>no openssl command to make a self-signed certificate: install openssl, or give --tls-cert and --tls-key</source>
        <translation>没有用于生成自签名证书的 openssl 命令：请安装 openssl，或提供 --tls-cert 和 --tls-key</translation>
    </message>
    <message>
        <source>openssl could not make a self-signed certificate: %1</source>
        <translation>openssl 无法生成自签名证书：%1</translation>
    </message>
</context>
<context>
    <name>trd::enginemain::EngineMain</name>
    <message>
        <source>another tranchedesk-engine (process %1 on %2) already runs on the data folder %3; stop it first, or give this one its own --data-dir</source>
        <translation>另一个 tranchedesk-engine（%2 上的进程 %1）已在数据文件夹 %3 上运行；请先停止它，或为此实例指定单独的 --data-dir</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 和 --tls-key 必须同时使用</translation>
    </message>
</context>
<context>
    <name>trd::exchange::KlineDownloader</name>
    <message>
        <source>The exchange refused the klines of %1: %2</source>
        <translation>交易所拒绝提供 %1 的 K 线：%2</translation>
    </message>
</context>
<context>
    <name>trd::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built from commit %1</source>
        <translation>构建自提交 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Windows, charts, networking, the store&apos;s SQL</source>
        <translation>窗口、图表、网络、存储的 SQL</translation>
    </message>
    <message>
        <source>API keys in the desktop keychain</source>
        <translation>桌面钥匙串中的 API 密钥</translation>
    </message>
    <message>
        <source>The store of tranches and events</source>
        <translation>分批仓位与事件的存储</translation>
    </message>
    <message>
        <source>Signing of Aster V3 requests</source>
        <translation>Aster V3 请求的签名</translation>
    </message>
</context>
<context>
    <name>trd::ui::AnnouncementListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
</context>
<context>
    <name>trd::ui::AnnouncementsController</name>
    <message>
        <source>Announcements from the exchange you have not read: click to read them.</source>
        <translation>交易所有您尚未阅读的公告：点击即可阅读。</translation>
    </message>
    <message>
        <source>Exchange &amp;announcements…</source>
        <translation>交易所公告(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Exchange &amp;announcements (%n unread)…</source>
        <translation>
            <numerusform>交易所公告（%n 条未读）(&amp;A)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread announcement(s)</source>
        <translation>
            <numerusform>%n 条未读公告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trd::ui::AnnouncementsDialog</name>
    <message>
        <source>No announcement from the exchange this session.</source>
        <translation>本次会话中交易所没有发布公告。</translation>
    </message>
</context>
<context>
    <name>trd::ui::ApiKeyDialog</name>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>已保存在钥匙串中 — 输入以替换</translation>
    </message>
    <message>
        <source>(derived from the private key)</source>
        <translation>（由私钥推导）</translation>
    </message>
    <message>
        <source>not a valid private key yet</source>
        <translation>还不是有效的私钥</translation>
    </message>
    <message>
        <source>The keychain refused the keys (is a keyring service running?). Nothing else was changed.</source>
        <translation>钥匙串拒绝了这些密钥（密钥环服务是否在运行？）。其他内容均未更改。</translation>
    </message>
    <message>
        <source>Account address: enter the wallet address of your Aster account (0x and 40 hex digits).</source>
        <translation>账户地址：请输入您 Aster 账户的钱包地址（0x 加 40 位十六进制数字）。</translation>
    </message>
    <message>
        <source>API wallet private key: not a secp256k1 private key (64 hex digits, with or without 0x).</source>
        <translation>API 钱包私钥：不是 secp256k1 私钥（64 位十六进制数字，可带或不带 0x）。</translation>
    </message>
    <message>
        <source>Enter both the API key and the API secret.</source>
        <translation>请同时输入 API 密钥和 API 密钥密文。</translation>
    </message>
</context>
<context>
    <name>trd::ui::BacktestDialog</name>
    <message>
        <source>candles</source>
        <comment>input kind</comment>
        <translation>K 线</translation>
    </message>
    <message>
        <source>price ticks</source>
        <comment>input kind</comment>
        <translation>逐笔价格</translation>
    </message>
    <message>
        <source>liquidations</source>
        <comment>input kind</comment>
        <translation>强平</translation>
    </message>
    <message>
        <source>funding rates</source>
        <comment>input kind</comment>
        <translation>资金费率</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>大约还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>File</source>
        <comment>backtest input column</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>backtest input column</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>backtest input column</comment>
        <translation>行数</translation>
    </message>
    <message>
        <source>From</source>
        <comment>backtest input column</comment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <comment>backtest input column</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>Add recorded market data</source>
        <translation>添加记录的行情数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>marks, every second</source>
        <translation>标记价格，每秒一个</translation>
    </message>
    <message>
        <source>1-minute candles of the marks</source>
        <translation>标记价格的 1 分钟 K 线</translation>
    </message>
    <message>
        <source>downloaded 1-minute klines</source>
        <translation>已下载的 1 分钟 K 线</translation>
    </message>
    <message>
        <source>Configured symbols: %1</source>
        <translation>已配置的交易对：%1</translation>
    </message>
    <message>
        <source>Exchange info</source>
        <translation>交易所信息</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1. Each sets the isolation threshold, the tranche limits and whether new tranches open while one is isolated, as in the Settings dialog.</source>
        <translation>%1。每个预设都会设置隔离阈值、分批仓位上限，以及有分批仓位被隔离时是否开立新的分批仓位，与设置对话框中相同。</translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation>取值，以逗号分隔</translation>
    </message>
    <message>
        <source>values, comma-separated (%1)</source>
        <translation>取值，以逗号分隔（%1）</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>backtest vary column</comment>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>backtest vary column</comment>
        <translation>取值</translation>
    </message>
    <message>
        <source>Run a backtest to compare its variants here.</source>
        <translation>运行回测后即可在此比较其各个变体。</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>cannot read</source>
        <comment>input kind</comment>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) will run.</source>
        <translation>
            <numerusform>将运行 %n 个变体。</numerusform>
        </translation>
    </message>
    <message>
        <source>The replay needs prices: add a candle or tick file, or replay the prices this app recorded.</source>
        <translation>回放需要价格：请添加 K 线或逐笔价格文件，或回放本应用记录的价格。</translation>
    </message>
    <message>
        <source>The replay&apos;s start must be before its end.</source>
        <translation>回放的开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>Starting balance: %1</source>
        <translation>初始余额：%1</translation>
    </message>
    <message>
        <source>reading the inputs…</source>
        <translation>正在读取输入…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) over %1.</source>
        <translation>
            <numerusform>%n 个变体，基于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices inside a candle follow the model in this note&apos;s tooltip.</source>
        <translation>K 线内部的价格走势遵循此说明的工具提示中所述的模型。</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>the recorded liquidations</source>
        <translation>记录的强平</translation>
    </message>
    <message>
        <source>the recorded %1</source>
        <translation>记录的%1</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分批仓位</translation>
    </message>
    <message>
        <source>Tranches: %1</source>
        <translation>分批仓位：%1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Apply these settings</source>
        <translation>应用这些设置</translation>
    </message>
    <message>
        <source>The configuration already has the settings of &quot;%1&quot;.</source>
        <translation>配置已包含“%1”的设置。</translation>
    </message>
    <message>
        <source>Apply the settings of &quot;%1&quot;? The configuration changes:</source>
        <translation>应用“%1”的设置？配置将作如下更改：</translation>
    </message>
    <message>
        <source>The engine uses them from now on; open tranches keep their orders.</source>
        <translation>引擎从现在起使用这些设置；未平仓的分批仓位保留其订单。</translation>
    </message>
    <message>
        <source>Settings of &quot;%1&quot; applied.</source>
        <translation>已应用“%1”的设置。</translation>
    </message>
    <message>
        <source>Export the backtest into a folder</source>
        <translation>将回测导出到文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Save the charts as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>trd::ui::BacktestExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>trd::ui::BacktestPlan</name>
    <message>
        <source>As configured</source>
        <translation>按当前配置</translation>
    </message>
</context>
<context>
    <name>trd::ui::ChartsPanel</name>
    <message>
        <source>Price &amp;&amp; levels</source>
        <translation>价格与价位</translation>
    </message>
    <message>
        <source>Unrealized per tranche</source>
        <translation>各分批仓位未实现盈亏</translation>
    </message>
    <message>
        <source>Realized P&amp;&amp;L</source>
        <translation>已实现盈亏</translation>
    </message>
</context>
<context>
    <name>trd::ui::CloseTranchesDialog</name>
    <message>
        <source>Close tranches</source>
        <translation>平仓分批仓位</translation>
    </message>
    <message>
        <source>all symbols</source>
        <translation>所有交易对</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>What is shown: %1, %2</source>
        <translation>显示范围：%1，%2</translation>
    </message>
    <message>
        <source>The whole account (every symbol, both sides)</source>
        <translation>整个账户（所有交易对，双向）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>P&amp;L now</source>
        <translation>当前盈亏</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>平仓：</translation>
    </message>
    <message>
        <source>No open tranche in this scope: nothing to close.</source>
        <translation>此范围内没有未平仓的分批仓位：无需平仓。</translation>
    </message>
    <message>
        <source>Estimated result: %1 USDT — the unrealized P&amp;L now; the fill price, fees and slippage decide the final figure. This cannot be undone.</source>
        <translation>预计结果：%1 USDT — 即当前未实现盈亏；最终数字取决于成交价格、手续费和滑点。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Resting entry orders of every symbol are cancelled too.</source>
        <translation>所有交易对的挂单入场订单也会被取消。</translation>
    </message>
    <message numerus="yes">
        <source>Close %n tranche(s)</source>
        <translation>
            <numerusform>平仓 %n 个分批仓位</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message>
        <source>Some tranches could not be closed:
%1</source>
        <translation>部分分批仓位无法平仓：
%1</translation>
    </message>
</context>
<context>
    <name>trd::ui::ConfigForm</name>
    <message>
        <source>Core settings</source>
        <translation>核心设置</translation>
    </message>
    <message>
        <source>Strategy settings</source>
        <translation>策略设置</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Entry orders</source>
        <translation>入场订单</translation>
    </message>
    <message>
        <source>Entry filters</source>
        <translation>入场过滤</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Sync and history</source>
        <translation>同步与历史</translation>
    </message>
    <message>
        <source>Paper exchange</source>
        <translation>模拟交易所</translation>
    </message>
    <message>
        <source>newest tranche closed first</source>
        <translation>最新的分批仓位先平仓</translation>
    </message>
    <message>
        <source>oldest tranche closed first</source>
        <translation>最早的分批仓位先平仓</translation>
    </message>
    <message>
        <source>the tranche losing most closed first</source>
        <translation>亏损最多的分批仓位先平仓</translation>
    </message>
    <message>
        <source>the tranche earning most closed first</source>
        <translation>盈利最多的分批仓位先平仓</translation>
    </message>
    <message>
        <source>keep it and wait for recovery</source>
        <translation>保留并等待回本</translation>
    </message>
    <message>
        <source>close a part of it</source>
        <translation>平掉其中一部分</translation>
    </message>
    <message>
        <source>lower its leverage</source>
        <translation>降低其杠杆</translation>
    </message>
    <message>
        <source>at a set price</source>
        <translation>按设定价格</translation>
    </message>
    <message>
        <source>at once, at the market price</source>
        <translation>立即按市价</translation>
    </message>
    <message>
        <source>enter against the liquidated side</source>
        <translation>与被强平方向相反入场</translation>
    </message>
    <message>
        <source>enter with the liquidated side</source>
        <translation>与被强平方向相同入场</translation>
    </message>
    <message>
        <source>one net position per symbol</source>
        <translation>每个交易对一个净持仓</translation>
    </message>
    <message>
        <source>long and short positions side by side</source>
        <translation>多头和空头持仓并存</translation>
    </message>
    <message>
        <source>margin shared with the whole wallet</source>
        <translation>保证金与整个钱包共享</translation>
    </message>
    <message>
        <source>margin set aside per position</source>
        <translation>每个持仓单独划拨保证金</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 或以上</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>more than %1, up to %2</source>
        <translation>大于 %1，最多 %2</translation>
    </message>
    <message>
        <source>from %1, below %2</source>
        <translation>从 %1 起，小于 %2</translation>
    </message>
    <message>
        <source>more than %1 and less than %2</source>
        <translation>大于 %1 且小于 %2</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>允许范围：%1。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 is out of range: %3</source>
        <translation>%1：%2 超出范围：%3</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1：必须填写一个值</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>Recording for backtests</source>
        <translation>回测数据记录</translation>
    </message>
</context>
<context>
    <name>trd::ui::ConnectEngineDialog</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>已保存在钥匙串中 — 输入以替换</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none: plain WebSocket on this machine&apos;s loopback (or an SSH tunnel)</source>
        <translation>无：本机回环地址上的明文 WebSocket（或 SSH 隧道）</translation>
    </message>
    <message>
        <source>pinned SHA-256 %1</source>
        <translation>已固定 SHA-256 %1</translation>
    </message>
    <message>
        <source>not pinned yet: its fingerprint is shown at the first connection, to compare with the engine&apos;s log</source>
        <translation>尚未固定：首次连接时会显示其指纹，请与引擎日志中的指纹核对</translation>
    </message>
    <message>
        <source>Enter the token that tranchedesk-engine --add-token printed for this desk.</source>
        <translation>请输入 tranchedesk-engine --add-token 为此桌面端打印的令牌。</translation>
    </message>
</context>
<context>
    <name>trd::ui::DeskSession</name>
    <message>
        <source>This window is not connected to an exchange that can trade LIVE. The application stays in PAPER mode; no order was sent to Aster.</source>
        <translation>此窗口未连接到可以进行实盘交易的交易所。应用程序保持 PAPER 模式；没有向 Aster 发送任何订单。</translation>
    </message>
    <message>
        <source>This window cannot switch modes.</source>
        <translation>此窗口无法切换模式。</translation>
    </message>
    <message>
        <source>LIVE mode needs API keys, and this window has no keychain.</source>
        <translation>LIVE 模式需要 API 密钥，而此窗口没有钥匙串。</translation>
    </message>
</context>
<context>
    <name>trd::ui::DeskToolBar</name>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>PAPER · demo market</source>
        <translation>PAPER · 演示市场</translation>
    </message>
    <message>
        <source>Switch to LIVE…</source>
        <translation>切换到 LIVE…</translation>
    </message>
    <message>
        <source>Switch to PAPER…</source>
        <translation>切换到 PAPER…</translation>
    </message>
    <message>
        <source>Pause entries</source>
        <translation>暂停入场</translation>
    </message>
    <message>
        <source>Close all…</source>
        <translation>全部平仓…</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>双向</translation>
    </message>
    <message>
        <source> Symbol </source>
        <translation> 交易对 </translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>所有交易对</translation>
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
        <translation>模拟交易：订单发送到模拟交易所，不涉及真实资金。</translation>
    </message>
    <message>
        <source>LIVE trading with real funds.</source>
        <translation>使用真实资金进行实盘交易。</translation>
    </message>
    <message>
        <source>Resume entries</source>
        <translation>恢复入场</translation>
    </message>
    <message>
        <source>New entries are paused; open tranches are still managed.</source>
        <translation>新的入场已暂停；未平仓的分批仓位仍在管理中。</translation>
    </message>
    <message>
        <source>Pause new entries (open tranches stay managed).</source>
        <translation>暂停新的入场（未平仓的分批仓位仍受管理）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>行情</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>用户数据</translation>
    </message>
    <message>
        <source>Sync —</source>
        <translation>同步 —</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>Switch to LIVE</source>
        <translation>切换到 LIVE</translation>
    </message>
    <message>
        <source>LIVE trading needs your Aster API wallet: the account&apos;s address and the API wallet&apos;s private key (an older HMAC API key and secret works too). Enter them first; they are kept in the operating system&apos;s keychain.</source>
        <translation>实盘交易需要您的 Aster API 钱包：账户地址和 API 钱包私钥（旧版 HMAC API 密钥和密钥密文也可以）。请先输入它们；它们保存在操作系统的钥匙串中。</translation>
    </message>
    <message>
        <source>LIVE mode trades real funds on Aster with your API wallet.

Switch to LIVE?</source>
        <translation>LIVE 模式使用您的 API 钱包在 Aster 上以真实资金交易。

切换到 LIVE？</translation>
    </message>
    <message>
        <source>Switch back to PAPER trading on the demo market?</source>
        <translation>切换回演示市场上的 PAPER 模拟交易？</translation>
    </message>
    <message numerus="yes">
        <source>%n open LIVE tranche(s) stay open on Aster with their TP and SL orders, but TrancheDesk stops watching them (no isolation, no recovery, no reconciliation) until you switch back to LIVE.</source>
        <translation>
            <numerusform>%n 个未平仓的 LIVE 分批仓位将连同其止盈和止损订单继续在 Aster 上保持开仓，但 TrancheDesk 会停止监控它们（不隔离、不回本处理、不对账），直到您切换回 LIVE。</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to PAPER</source>
        <translation>切换到 PAPER</translation>
    </message>
    <message>
        <source>LIVE · %1</source>
        <translation>LIVE · %1</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>全部平仓</translation>
    </message>
    <message>
        <source>Close every open tranche of the engine at %1 at market now?</source>
        <translation>立即按市价平仓 %1 处引擎的所有未平仓分批仓位？</translation>
    </message>
</context>
<context>
    <name>trd::ui::DownloadCandlesDialog</name>
    <message>
        <source>From %1, within the session&apos;s request budget.</source>
        <translation>来自 %1，在本会话的请求额度之内。</translation>
    </message>
    <message>
        <source>PAPER runs on the built-in demo market, which has no candle history: the candles come from %1 (the configured REST address), after you agree.</source>
        <translation>PAPER 运行在内置的演示市场上，该市场没有 K 线历史：经您同意后，K 线将从 %1（配置的 REST 地址）获取。</translation>
    </message>
    <message>
        <source>Download candles</source>
        <translation>下载 K 线</translation>
    </message>
    <message>
        <source>PAPER has no exchange to ask: download the candles from %1?</source>
        <translation>PAPER 没有可查询的交易所：从 %1 下载 K 线？</translation>
    </message>
    <message numerus="yes">
        <source>%n candle(s) stored</source>
        <translation>
            <numerusform>已存储 %n 根 K 线</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange asked to slow down (%1): asking again in %2 s.</source>
        <translation>交易所要求放慢请求（%1）：%2 秒后重试。</translation>
    </message>
    <message>
        <source>done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>cancelled. Download again to resume after the last stored candle.</source>
        <translation>已取消。再次下载即可从最后存储的 K 线之后继续。</translation>
    </message>
    <message>
        <source>Choose a symbol (e.g. BTCUSDT).</source>
        <translation>请选择交易对（例如 BTCUSDT）。</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>没有下载任何内容。</translation>
    </message>
    <message>
        <source>Asking %1 for the candles of %2…</source>
        <translation>正在向 %1 请求 %2 的 K 线…</translation>
    </message>
</context>
<context>
    <name>trd::ui::EngineLinkView</name>
    <message>
        <source>Engine: embedded</source>
        <translation>引擎：内嵌</translation>
    </message>
    <message>
        <source>This window runs the trading engine itself.</source>
        <translation>此窗口自身运行交易引擎。</translation>
    </message>
    <message>
        <source>connected · %L1 ms</source>
        <translation>已连接 · %L1 毫秒</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>链路中断</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source> · watch only</source>
        <translation> · 仅观察</translation>
    </message>
    <message>
        <source>Engine: %1 · %2</source>
        <translation>引擎：%1 · %2</translation>
    </message>
    <message>
        <source>The window shows the tranchedesk-engine at %1 through the control protocol.</source>
        <translation>此窗口通过控制协议显示 %1 处的 tranchedesk-engine。</translation>
    </message>
    <message>
        <source>The engine at %1 refused this window: %2. Check the token (File → Connect to engine…).</source>
        <translation>%1 处的引擎拒绝了此窗口：%2。请检查令牌（文件 → 连接到引擎…）。</translation>
    </message>
    <message>
        <source>The link to the engine at %1 is down. The window shows the last state it received, greyed; it reconnects by itself (next try within %L2 s) and catches up.</source>
        <translation>与 %1 处引擎的链路已中断。窗口以灰色显示最后收到的状态；它会自动重新连接（%L2 秒内再次尝试）并补齐最新状态。</translation>
    </message>
</context>
<context>
    <name>trd::ui::EquityComparisonChart</name>
    <message>
        <source>Equity: wallet + unrealized (USDT)</source>
        <translation>权益：钱包 + 未实现（USDT）</translation>
    </message>
    <message>
        <source>Drawdown from the running peak (USDT)</source>
        <translation>相对历史峰值的回撤（USDT）</translation>
    </message>
</context>
<context>
    <name>trd::ui::EventTableModel</name>
    <message>
        <source>Tranche created</source>
        <translation>分批仓位已创建</translation>
    </message>
    <message>
        <source>Entry filled</source>
        <translation>入场已成交</translation>
    </message>
    <message>
        <source>Tranche isolated</source>
        <translation>分批仓位已隔离</translation>
    </message>
    <message>
        <source>Partial close</source>
        <translation>部分平仓</translation>
    </message>
    <message>
        <source>Tranche closed</source>
        <translation>分批仓位已平仓</translation>
    </message>
    <message>
        <source>Recovery tranche</source>
        <translation>回本分批仓位</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>入场被拒绝</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>订单被拒绝</translation>
    </message>
    <message>
        <source>Exchange sync</source>
        <translation>交易所同步</translation>
    </message>
    <message>
        <source>TP/SL replaced</source>
        <translation>止盈/止损已替换</translation>
    </message>
    <message>
        <source>Config changed</source>
        <translation>配置已更改</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Account alert</source>
        <translation>账户警报</translation>
    </message>
    <message numerus="yes">
        <source>paused — %n signal(s) refused in this minute</source>
        <translation>
            <numerusform>已暂停 — 本分钟内拒绝了 %n 个信号</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>分批仓位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>盈亏</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>trd::ui::ExchangeProfileBox</name>
    <message>
        <source>Custom exchange: %1</source>
        <translation>自定义交易所：%1</translation>
    </message>
    <message>
        <source>Orders go to %1; API wallet signatures are for chain %2. Applied the next time LIVE starts.</source>
        <translation>订单发送到 %1；API 钱包签名用于链 %2。下次启动 LIVE 时生效。</translation>
    </message>
</context>
<context>
    <name>trd::ui::ExportController</name>
    <message>
        <source>Export tranches as CSV</source>
        <translation>将分批仓位导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>tranches</source>
        <translation>分批仓位</translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation>将事件导出为 CSV</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>没有打开的存储</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>正在导出事件…</translation>
    </message>
    <message>
        <source>Exporting events… %L1 written</source>
        <translation>正在导出事件… 已写入 %L1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>无法导出%1：%2</translation>
    </message>
    <message>
        <source>Exported %L1 %2 to %3</source>
        <translation>已将 %L1 个%2导出到 %3</translation>
    </message>
</context>
<context>
    <name>trd::ui::HelpDialog</name>
    <message>
        <source>TrancheDesk user guide</source>
        <translation>TrancheDesk 用户指南</translation>
    </message>
    <message>
        <source>Contents: click a heading to go there.</source>
        <translation>目录：点击标题即可跳转。</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>在指南中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本中缺少用户指南。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>trd::ui::KeyHelp</name>
    <message>
        <source>Enable multi-tranche management</source>
        <translation>启用多分批仓位管理</translation>
    </message>
    <message>
        <source>Master switch for the tranche system. Recommendation: start OFF in paper mode, enable after testing.</source>
        <translation>分批仓位系统的总开关。建议：在模拟模式下先关闭，测试后再启用。</translation>
    </message>
    <message>
        <source>Isolation threshold (%)</source>
        <translation>隔离阈值（%）</translation>
    </message>
    <message>
        <source>Unrealized loss % that triggers automatic isolation: (currentPrice − entryPrice) / entryPrice × 100.
3%: aggressive isolation (more tranches, quicker isolation). 5%: balanced (recommended for most strategies). 10%: conservative (fewer isolations, higher tolerance).</source>
        <translation>触发自动隔离的未实现亏损百分比：(当前价格 − 入场价格) / 入场价格 × 100。
3%：激进隔离（分批仓位更多，隔离更快）。5%：均衡（推荐用于大多数策略）。10%：保守（隔离更少，容忍度更高）。</translation>
    </message>
    <message>
        <source>Max tranches</source>
        <translation>最大分批仓位数</translation>
    </message>
    <message>
        <source>Maximum active tranches per symbol/side. 1–2: conservative, minimal complexity. 3–5: balanced, good for most strategies. 6+: aggressive, requires more monitoring.</source>
        <translation>每个交易对/方向的最大活跃分批仓位数。1–2：保守，复杂度最低。3–5：均衡，适合大多数策略。6+：激进，需要更多监控。</translation>
    </message>
    <message>
        <source>Max isolated tranches</source>
        <translation>最大隔离分批仓位数</translation>
    </message>
    <message>
        <source>Max underwater tranches before blocking new trades. Prevents accumulating too many losing positions. Formula: max_isolated = max_tranches − 1 (keep at least 1 slot for profitable trading).</source>
        <translation>在阻止新交易之前允许的最大浮亏分批仓位数。防止累积过多亏损持仓。公式：max_isolated = max_tranches − 1（至少保留 1 个名额用于盈利交易）。</translation>
    </message>
    <message>
        <source>Allow tranche while isolated</source>
        <translation>隔离时允许新分批仓位</translation>
    </message>
    <message>
        <source>Allow new tranches even when some are isolated. ON: continue trading despite isolated tranches (recommended). OFF: block all new trades until isolated tranches close.</source>
        <translation>即使有分批仓位被隔离，也允许开新的分批仓位。开启：尽管有隔离的分批仓位仍继续交易（推荐）。关闭：在隔离的分批仓位平仓之前阻止所有新交易。</translation>
    </message>
    <message>
        <source>Auto-close isolated tranches</source>
        <translation>自动平仓已隔离的分批仓位</translation>
    </message>
    <message>
        <source>Close an isolated tranche automatically once it recovers to the recovery threshold.</source>
        <translation>已隔离的分批仓位回升到回本阈值时自动平仓。</translation>
    </message>
    <message>
        <source>Recovery threshold (%)</source>
        <translation>回本阈值（%）</translation>
    </message>
    <message>
        <source>pnl% an isolated tranche must reach again to count as recovered (and be closed when auto-close is on).</source>
        <translation>已隔离的分批仓位需要重新达到的盈亏百分比，达到后视为已回本（开启自动平仓时将被平仓）。</translation>
    </message>
    <message>
        <source>Closing strategy</source>
        <translation>平仓策略</translation>
    </message>
    <message>
        <source>Which tranche a shared exit closes first. LIFO (last in, first out) closes the newest tranches first: quick profit-taking on recent entries, older positions kept for potential recovery.</source>
        <translation>共用离场时先平哪个分批仓位。LIFO（后进先出）先平最新的分批仓位：对近期入场快速止盈，较早的持仓保留以待回本。</translation>
    </message>
    <message>
        <source>Isolation action</source>
        <translation>隔离动作</translation>
    </message>
    <message>
        <source>What happens when a tranche is isolated. HOLD: keep the position and wait for recovery. PARTIAL_CLOSE: close a portion to reduce exposure. REDUCE_LEVERAGE: lower leverage to reduce risk.</source>
        <translation>分批仓位被隔离时的处理方式。HOLD：保留持仓并等待回本。PARTIAL_CLOSE：平掉一部分以降低风险敞口。REDUCE_LEVERAGE：降低杠杆以降低风险。</translation>
    </message>
    <message>
        <source>Partial close on isolation (%)</source>
        <translation>隔离时部分平仓（%）</translation>
    </message>
    <message>
        <source>Share of an isolated tranche closed by PARTIAL_CLOSE.</source>
        <translation>PARTIAL_CLOSE 平掉的已隔离分批仓位的比例。</translation>
    </message>
    <message>
        <source>Reduced leverage on isolation</source>
        <translation>隔离时降低后的杠杆</translation>
    </message>
    <message>
        <source>Leverage set by REDUCE_LEVERAGE; must be below the symbol&apos;s leverage.</source>
        <translation>REDUCE_LEVERAGE 设置的杠杆；必须低于该交易对的杠杆。</translation>
    </message>
    <message>
        <source>Long volume threshold (USDT)</source>
        <translation>做多成交量阈值（USDT）</translation>
    </message>
    <message>
        <source>Liquidation volume (USDT) of short liquidations that triggers a LONG entry.</source>
        <translation>触发做多（LONG）入场的空头强平成交量（USDT）。</translation>
    </message>
    <message>
        <source>Short volume threshold (USDT)</source>
        <translation>做空成交量阈值（USDT）</translation>
    </message>
    <message>
        <source>Liquidation volume (USDT) of long liquidations that triggers a SHORT entry.</source>
        <translation>触发做空（SHORT）入场的多头强平成交量（USDT）。</translation>
    </message>
    <message>
        <source>Trade size (USDT margin)</source>
        <translation>交易规模（USDT 保证金）</translation>
    </message>
    <message>
        <source>Margin in USDT put into each entry (quantity = margin × leverage / price).</source>
        <translation>每次入场投入的 USDT 保证金（数量 = 保证金 × 杠杆 / 价格）。</translation>
    </message>
    <message>
        <source>Long trade size (USDT)</source>
        <translation>做多交易规模（USDT）</translation>
    </message>
    <message>
        <source>Margin for LONG entries; empty uses the trade size.</source>
        <translation>做多（LONG）入场的保证金；留空则使用交易规模。</translation>
    </message>
    <message>
        <source>Short trade size (USDT)</source>
        <translation>做空交易规模（USDT）</translation>
    </message>
    <message>
        <source>Margin for SHORT entries; empty uses the trade size.</source>
        <translation>做空（SHORT）入场的保证金；留空则使用交易规模。</translation>
    </message>
    <message>
        <source>Max position margin (USDT)</source>
        <translation>最大持仓保证金（USDT）</translation>
    </message>
    <message>
        <source>Cap on the margin of all tranches of the symbol; empty means no cap.</source>
        <translation>该交易对所有分批仓位保证金的上限；留空表示不设上限。</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Leverage set on the exchange for the symbol.</source>
        <translation>在交易所为该交易对设置的杠杆。</translation>
    </message>
    <message>
        <source>Take profit (%)</source>
        <translation>止盈（%）</translation>
    </message>
    <message>
        <source>Each tranche&apos;s take profit, as a price move from its own entry.</source>
        <translation>每个分批仓位的止盈，以相对其自身入场价的价格变动表示。</translation>
    </message>
    <message>
        <source>Stop loss (%)</source>
        <translation>止损（%）</translation>
    </message>
    <message>
        <source>Each tranche&apos;s stop loss, as a price move from its own entry.</source>
        <translation>每个分批仓位的止损，以相对其自身入场价的价格变动表示。</translation>
    </message>
    <message>
        <source>Entry order type</source>
        <translation>入场订单类型</translation>
    </message>
    <message>
        <source>LIMIT entries rest at a price offset from the book; MARKET fills at once.</source>
        <translation>LIMIT 入场以偏离盘口的价格挂单；MARKET 立即成交。</translation>
    </message>
    <message>
        <source>Force market entry</source>
        <translation>强制市价入场</translation>
    </message>
    <message>
        <source>Send MARKET entries even when the order type is LIMIT.</source>
        <translation>即使订单类型为 LIMIT 也发送 MARKET 入场订单。</translation>
    </message>
    <message>
        <source>Price offset (bps)</source>
        <translation>价格偏移（基点）</translation>
    </message>
    <message>
        <source>How far inside the book a LIMIT entry is placed.</source>
        <translation>LIMIT 入场订单挂在盘口内侧的距离。</translation>
    </message>
    <message>
        <source>Max slippage (bps)</source>
        <translation>最大滑点（基点）</translation>
    </message>
    <message>
        <source>Entries are refused when the book moved further than this.</source>
        <translation>盘口变动超过此值时拒绝入场。</translation>
    </message>
    <message>
        <source>VWAP protection</source>
        <translation>VWAP 保护</translation>
    </message>
    <message>
        <source>Only enter LONG below VWAP and SHORT above it.</source>
        <translation>仅在 VWAP 下方做多、在 VWAP 上方做空。</translation>
    </message>
    <message>
        <source>VWAP timeframe</source>
        <translation>VWAP 周期</translation>
    </message>
    <message>
        <source>Candle size of the VWAP.</source>
        <translation>VWAP 的 K 线周期。</translation>
    </message>
    <message>
        <source>VWAP lookback (candles)</source>
        <translation>VWAP 回溯（K 线数）</translation>
    </message>
    <message>
        <source>Number of candles the VWAP is computed over.</source>
        <translation>计算 VWAP 所用的 K 线数量。</translation>
    </message>
    <message>
        <source>Use cumulative threshold</source>
        <translation>使用累计阈值</translation>
    </message>
    <message>
        <source>Add liquidations up over the time window instead of reacting to single ones.</source>
        <translation>在时间窗口内累加强平量，而不是对单笔强平作出反应。</translation>
    </message>
    <message>
        <source>Threshold window (ms)</source>
        <translation>阈值窗口（毫秒）</translation>
    </message>
    <message>
        <source>Window the liquidation volume is summed over.</source>
        <translation>累加强平成交量的时间窗口。</translation>
    </message>
    <message>
        <source>Threshold cooldown (ms)</source>
        <translation>阈值冷却（毫秒）</translation>
    </message>
    <message>
        <source>Pause after a threshold entry before the next one.</source>
        <translation>阈值入场后到下一次入场之前的暂停时间。</translation>
    </message>
    <message>
        <source>Trade side</source>
        <translation>交易方向</translation>
    </message>
    <message>
        <source>OPPOSITE enters against the liquidated side (the original bot); SAME follows it.</source>
        <translation>OPPOSITE 与被强平方向相反入场（原机器人的做法）；SAME 跟随被强平方向。</translation>
    </message>
    <message>
        <source>Post-only entries</source>
        <translation>只做挂单（Post-only）入场</translation>
    </message>
    <message>
        <source>LIMIT entries are sent GTX so they never take liquidity.</source>
        <translation>LIMIT 入场以 GTX 发送，因此永远不会吃单。</translation>
    </message>
    <message>
        <source>Entry timeout (s)</source>
        <translation>入场超时（秒）</translation>
    </message>
    <message>
        <source>An unfilled LIMIT entry is cancelled after this.</source>
        <translation>未成交的 LIMIT 入场订单在此时间后被取消。</translation>
    </message>
    <message>
        <source>Paper mode</source>
        <translation>模拟模式</translation>
    </message>
    <message>
        <source>Trade on the simulated exchange. Switch to LIVE from the toolbar (needs keys and a confirmation).</source>
        <translation>在模拟交易所上交易。可从工具栏切换到 LIVE（需要密钥和确认）。</translation>
    </message>
    <message>
        <source>Position mode</source>
        <translation>持仓模式</translation>
    </message>
    <message>
        <source>ONE_WAY nets both sides into one position; HEDGE keeps LONG and SHORT apart.</source>
        <translation>ONE_WAY 将双向合并为一个净持仓；HEDGE 将 LONG 和 SHORT 分开持有。</translation>
    </message>
    <message>
        <source>Max open positions</source>
        <translation>最大持仓数</translation>
    </message>
    <message>
        <source>Symbols that may hold a position at the same time.</source>
        <translation>可同时持有仓位的交易对数量。</translation>
    </message>
    <message>
        <source>Sync interval (s)</source>
        <translation>同步间隔（秒）</translation>
    </message>
    <message>
        <source>How often the tranches are reconciled with the exchange.</source>
        <translation>分批仓位与交易所对账的频率。</translation>
    </message>
    <message>
        <source>Sync drift tolerance (%)</source>
        <translation>同步偏差容忍度（%）</translation>
    </message>
    <message>
        <source>A difference between tranches and the exchange position above this is drift.</source>
        <translation>分批仓位与交易所持仓之间的差异超过此值即视为偏差。</translation>
    </message>
    <message>
        <source>Keep closed tranches (days)</source>
        <translation>保留已平仓分批仓位（天）</translation>
    </message>
    <message>
        <source>0 keeps them forever.</source>
        <translation>0 表示永久保留。</translation>
    </message>
    <message>
        <source>Write P&amp;L every (s)</source>
        <translation>盈亏写入间隔（秒）</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L is written to the store at most this often.</source>
        <translation>未实现盈亏写入存储的最短间隔。</translation>
    </message>
    <message>
        <source>Paper taker fee (%)</source>
        <translation>模拟吃单手续费（%）</translation>
    </message>
    <message>
        <source>Fee of MARKET fills on the paper exchange.</source>
        <translation>模拟交易所上 MARKET 成交的手续费。</translation>
    </message>
    <message>
        <source>Paper maker fee (%)</source>
        <translation>模拟挂单手续费（%）</translation>
    </message>
    <message>
        <source>Fee of resting LIMIT fills on the paper exchange.</source>
        <translation>模拟交易所上挂单 LIMIT 成交的手续费。</translation>
    </message>
    <message>
        <source>Paper slippage (bps)</source>
        <translation>模拟滑点（基点）</translation>
    </message>
    <message>
        <source>Slippage of MARKET fills on the paper exchange.</source>
        <translation>模拟交易所上 MARKET 成交的滑点。</translation>
    </message>
    <message>
        <source>Margin type</source>
        <translation>保证金模式</translation>
    </message>
    <message>
        <source>CROSSED backs the position with the whole wallet; ISOLATED risks only its own margin and is liquidated sooner. Set on the exchange at start; the paper exchange liquidates by the same rule.</source>
        <translation>CROSSED（全仓）以整个钱包为持仓担保；ISOLATED（逐仓）只承担自身保证金的风险，会更早被强平。启动时在交易所设置；模拟交易所按相同规则强平。</translation>
    </message>
    <message>
        <source>Paper starting balance (USDT)</source>
        <translation>模拟初始余额（USDT）</translation>
    </message>
    <message>
        <source>The paper account&apos;s wallet at its first start.</source>
        <translation>模拟账户首次启动时的钱包余额。</translation>
    </message>
    <message>
        <source>Paper funding rate (%)</source>
        <translation>模拟资金费率（%）</translation>
    </message>
    <message>
        <source>Funding per 8 h (00:00, 08:00, 16:00 UTC) on the paper exchange: longs pay shorts when positive.</source>
        <translation>模拟交易所上每 8 小时（UTC 00:00、08:00、16:00）的资金费用：为正时多头支付给空头。</translation>
    </message>
    <message>
        <source>Record mark prices</source>
        <translation>记录标记价格</translation>
    </message>
    <message>
        <source>Keeps the mark prices of the configured symbols in the store for later backtests: ticks (one a second), candles (one a minute: open, high, low, close) or off.</source>
        <translation>将已配置交易对的标记价格保存在存储中，供以后回测使用：ticks（每秒一个）、candles（每分钟一根 K 线：开盘、最高、最低、收盘）或 off（关闭）。</translation>
    </message>
    <message>
        <source>Keep liquidations (days)</source>
        <translation>保留强平记录（天）</translation>
    </message>
    <message>
        <source>The liquidation feed (every symbol) is kept this long for the feed and for backtests; 0 keeps it forever.</source>
        <translation>强平数据流（所有交易对）在此期限内保留，供数据流和回测使用；0 表示永久保留。</translation>
    </message>
</context>
<context>
    <name>trd::ui::LiquidationTableModel</name>
    <message>
        <source>LONGS</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>SHORTS</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>%1 %2 liquidated: %3 at %4 (average %5), %6 USDT</source>
        <translation>%1 %2 被强平：%3，价格 %4（均价 %5），%6 USDT</translation>
    </message>
    <message>
        <source>longs</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>shorts</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation>被强平方</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Volume (USDT)</source>
        <translation>成交量（USDT）</translation>
    </message>
    <message>
        <source>Traded</source>
        <translation>已交易</translation>
    </message>
</context>
<context>
    <name>trd::ui::LiquidationView</name>
    <message>
        <source>Traded symbols only</source>
        <translation>仅限交易的交易对</translation>
    </message>
    <message>
        <source>Only the symbols of your configuration; the feed itself keeps every symbol.</source>
        <translation>仅显示您配置中的交易对；数据流本身保留所有交易对。</translation>
    </message>
    <message>
        <source>Hide liquidations smaller than this volume.</source>
        <translation>隐藏成交量小于此值的强平。</translation>
    </message>
    <message>
        <source>Symbol…</source>
        <translation>交易对…</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>%L1 shown · %L2 USDT</source>
        <translation>显示 %L1 条 · %L2 USDT</translation>
    </message>
</context>
<context>
    <name>trd::ui::MainWindow</name>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>The stored liquidations could not be read: %1</source>
        <translation>无法读取已存储的强平记录：%1</translation>
    </message>
    <message>
        <source>Reading the tranche history: %L1 tranches so far…</source>
        <translation>正在读取分批仓位历史：目前已读取 %L1 个分批仓位…</translation>
    </message>
    <message>
        <source>Tranche history read: %L1 tranches</source>
        <translation>分批仓位历史已读取：%L1 个分批仓位</translation>
    </message>
    <message>
        <source>The tranche history could not be read completely: %1</source>
        <translation>无法完整读取分批仓位历史：%1</translation>
    </message>
    <message>
        <source>The exchange&apos;s request budget per minute, as it reports it on every answer.</source>
        <translation>交易所每分钟的请求额度，按其在每次响应中报告的数值。</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;tranches as CSV…</source>
        <translation>将分批仓位导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;events as CSV…</source>
        <translation>将事件导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import original bot config…</source>
        <translation>导入原机器人配置(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the original bot&apos;s config</source>
        <translation>导入原机器人的配置</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>E&amp;xport config…</source>
        <translation>导出配置(&amp;X)…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Export config</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Configuration exported to %1 (without API keys)</source>
        <translation>配置已导出到 %1（不含 API 密钥）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Trading</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>配置(&amp;C)…</translation>
    </message>
    <message>
        <source>API &amp;keys…</source>
        <translation>API 密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>在时间线中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>跟随系统(&amp;Y)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>TrancheDesk will use the new language the next time it starts.</source>
        <translation>TrancheDesk 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About TrancheDesk</source>
        <translation>关于 TrancheDesk(&amp;A)</translation>
    </message>
    <message>
        <source>New entries are paused: the hunter opens no tranche. Open tranches are still managed (TP/SL, isolation, sync).</source>
        <translation>新的入场已暂停：猎手不会开立分批仓位。未平仓的分批仓位仍在管理中（止盈/止损、隔离、同步）。</translation>
    </message>
    <message>
        <source>Resume entries</source>
        <translation>恢复入场</translation>
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
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>The engine refused %1</source>
        <translation>引擎拒绝了 %1</translation>
    </message>
    <message>
        <source>The engine&apos;s mode is set where it runs (config.json and its keys).</source>
        <translation>引擎的模式在其运行之处设置（config.json 及其密钥）。</translation>
    </message>
    <message>
        <source>&amp;Connect to engine…</source>
        <translation>连接到引擎(&amp;C)…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>回测(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;What-if on this run…</source>
        <translation>对本次运行做假设分析(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Download candles…</source>
        <translation>下载 K 线(&amp;D)…</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>连接到引擎</translation>
    </message>
    <message>
        <source>Opening a window onto the engine at %1…</source>
        <translation>正在打开连接到 %1 处引擎的窗口…</translation>
    </message>
    <message>
        <source>The token is used for this window only: %1</source>
        <translation>该令牌仅用于此窗口：%1</translation>
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
        <translation>隔离时通知</translation>
    </message>
    <message>
        <source>Notify on close</source>
        <translation>平仓时通知</translation>
    </message>
    <message>
        <source>Notify on sync drift</source>
        <translation>同步偏差时通知</translation>
    </message>
    <message>
        <source>Show TrancheDesk</source>
        <translation>显示 TrancheDesk</translation>
    </message>
    <message>
        <source>Tranche isolated</source>
        <translation>分批仓位已隔离</translation>
    </message>
    <message>
        <source>%1 %2 #%3 entered at %4 is under water (isolated at %5).</source>
        <translation>%1 %2 #%3（入场价 %4）处于浮亏状态（在 %5 被隔离）。</translation>
    </message>
    <message>
        <source>Tranche closed</source>
        <translation>分批仓位已平仓</translation>
    </message>
    <message>
        <source>%1 %2 #%3 closed (%4): realized %5 USDT.</source>
        <translation>%1 %2 #%3 已平仓（%4）：已实现 %5 USDT。</translation>
    </message>
    <message>
        <source>Sync drift</source>
        <translation>同步偏差</translation>
    </message>
    <message>
        <source>%1 %2: the tranches and the exchange position disagree (%3).</source>
        <translation>%1 %2：分批仓位与交易所持仓不一致（%3）。</translation>
    </message>
    <message>
        <source>Exchange notice</source>
        <translation>交易所通知</translation>
    </message>
    <message>
        <source>MARGIN CALL</source>
        <translation>追加保证金通知</translation>
    </message>
</context>
<context>
    <name>trd::ui::PlainKeysDialog</name>
    <message>
        <source>%1 holds API credentials in plain text (%2): anyone who can read the file can trade with them. TrancheDesk keeps keys only in the operating system&apos;s keychain and does not use these.

Move to keychain stores them there and rewrites the file without them; everything else in the file stays as it is.</source>
        <translation>%1 以明文保存了 API 凭据（%2）：任何能读取该文件的人都可以用它们进行交易。TrancheDesk 只将密钥保存在操作系统的钥匙串中，不会使用这些凭据。

“移至钥匙串”会将它们存入钥匙串，并重写该文件、去除这些凭据；文件中的其他内容保持不变。</translation>
    </message>
    <message>
        <source>The keychain refused the keys, so %1 was left as it was.</source>
        <translation>钥匙串拒绝了这些密钥，因此 %1 保持原样。</translation>
    </message>
    <message>
        <source>The keys are in the keychain now, but the file could not be rewritten: %1. Blank api.apiKey and api.secretKey in it by hand.</source>
        <translation>密钥现已存入钥匙串，但无法重写该文件：%1。请手动清空其中的 api.apiKey 和 api.secretKey。</translation>
    </message>
</context>
<context>
    <name>trd::ui::PnlChart</name>
    <message>
        <source>Cumulative realized P&amp;L (USDT)</source>
        <translation>累计已实现盈亏（USDT）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Selected symbol</source>
        <translation>所选交易对</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零</translation>
    </message>
</context>
<context>
    <name>trd::ui::PriceChart</name>
    <message>
        <source>Mark price</source>
        <translation>标记价格</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>#%1 entry</source>
        <translation>#%1 入场</translation>
    </message>
    <message>
        <source>#%1 TP</source>
        <translation>#%1 止盈</translation>
    </message>
    <message>
        <source>#%1 SL</source>
        <translation>#%1 止损</translation>
    </message>
    <message>
        <source>Mark price (select a symbol)</source>
        <translation>标记价格（请选择交易对）</translation>
    </message>
    <message>
        <source>%1 mark price</source>
        <translation>%1 标记价格</translation>
    </message>
</context>
<context>
    <name>trd::ui::RecordedSources</name>
    <message>
        <source>This session keeps no store file to replay from.</source>
        <translation>本会话没有可供回放的存储文件。</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>无法读取存储：%1</translation>
    </message>
    <message>
        <source>liquidations are recorded</source>
        <translation>已记录强平</translation>
    </message>
    <message>
        <source>no liquidations are recorded yet</source>
        <translation>尚未记录任何强平</translation>
    </message>
    <message>
        <source>marks every second since %1</source>
        <translation>自 %1 起每秒的标记价格</translation>
    </message>
    <message>
        <source>1-minute mark candles since %1</source>
        <translation>自 %1 起的 1 分钟标记价格 K 线</translation>
    </message>
    <message>
        <source>downloaded 1-minute klines since %1</source>
        <translation>自 %1 起已下载的 1 分钟 K 线</translation>
    </message>
    <message>
        <source>no prices are recorded yet (the markRecording setting keeps them from now on)</source>
        <translation>尚未记录任何价格（markRecording 设置会从现在起保存价格）</translation>
    </message>
</context>
<context>
    <name>trd::ui::RemoteEngine</name>
    <message>
        <source>no answer from %1</source>
        <translation>%1 没有响应</translation>
    </message>
    <message>
        <source>The link to the engine is down; nothing was sent.</source>
        <translation>与引擎的链路已中断；未发送任何内容。</translation>
    </message>
    <message>
        <source>This window has a watch token: it shows the engine but cannot steer it.</source>
        <translation>此窗口使用的是观察令牌：可以显示引擎，但无法操控它。</translation>
    </message>
    <message>
        <source>The link to the engine is down; the configuration was not sent.</source>
        <translation>与引擎的链路已中断；配置未发送。</translation>
    </message>
    <message>
        <source>This window has a watch token: it cannot change the engine&apos;s configuration.</source>
        <translation>此窗口使用的是观察令牌：无法更改引擎的配置。</translation>
    </message>
</context>
<context>
    <name>trd::ui::RemoteProfile</name>
    <message>
        <source>No engine address: give HOST:PORT, for example 127.0.0.1:8787.</source>
        <translation>没有引擎地址：请给出 HOST:PORT，例如 127.0.0.1:8787。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an engine address: give HOST:PORT, for example 127.0.0.1:8787.</source>
        <translation>“%1”不是引擎地址：请给出 HOST:PORT，例如 127.0.0.1:8787。</translation>
    </message>
    <message>
        <source>token file %1 does not exist</source>
        <translation>令牌文件 %1 不存在</translation>
    </message>
    <message>
        <source>token file %1 has mode %2: its group or other users can read it. Refusing a token others can see; run chmod 600 %1.</source>
        <translation>令牌文件 %1 的权限为 %2：其所属组或其他用户可以读取它。拒绝使用他人可见的令牌；请运行 chmod 600 %1。</translation>
    </message>
    <message>
        <source>token file %1 is empty: its first line must be the token</source>
        <translation>令牌文件 %1 为空：其第一行必须是令牌</translation>
    </message>
    <message>
        <source>No token for the engine at %1: give --token-file FILE, set %2, or enter it in File → Connect to engine….</source>
        <translation>没有 %1 处引擎的令牌：请给出 --token-file FILE、设置 %2，或在“文件 → 连接到引擎…”中输入。</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>%1 没有响应</translation>
    </message>
</context>
<context>
    <name>trd::ui::SettingsDialog</name>
    <message>
        <source>Import the original bot&apos;s config</source>
        <translation>导入原机器人的配置</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Symbol &quot;%1&quot; is not valid: 2–30 capital letters and digits, e.g. BTCUSDT.</source>
        <translation>交易对“%1”无效：应为 2–30 个大写字母和数字，例如 BTCUSDT。</translation>
    </message>
    <message>
        <source>%1 is already configured.</source>
        <translation>%1 已配置。</translation>
    </message>
    <message>
        <source>%1 added with the documented defaults. Save to start trading it.</source>
        <translation>已按文档默认值添加 %1。保存后开始交易。</translation>
    </message>
    <message>
        <source>%1 removed. Save to stop trading it (its open tranches stay managed until closed).</source>
        <translation>已移除 %1。保存后停止交易（其未平仓的分批仓位在平仓前仍受管理）。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 preset: %2 already has its values; nothing changed.</source>
        <translation>%1 预设：%2 已是这些值；未作更改。</translation>
    </message>
    <message>
        <source>%1 preset applied to %2 — %3. Save to use it.</source>
        <translation>已将 %1 预设应用于 %2 — %3。保存后生效。</translation>
    </message>
    <message>
        <source>Not saved — fix the highlighted fields: %1</source>
        <translation>未保存 — 请修正高亮的字段：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n symbol(s) from %1.%2 Review and Save.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个交易对。%2 请检查并保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported to %1 (without API keys).</source>
        <translation>已导出到 %1（不含 API 密钥）。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation>
            <numerusform>… 以及另外 %n 条（悬停可查看全部）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) — Save still works:</source>
        <translation>
            <numerusform>%n 个警告 — 仍可保存：</numerusform>
        </translation>
    </message>
    <message>
        <source> The file holds API keys in plain text: move them to the keychain or they are not used.</source>
        <translation> 该文件以明文保存了 API 密钥：请将其移至钥匙串，否则不会使用它们。</translation>
    </message>
    <message>
        <source>The API keys are in the keychain now and no longer in %1.</source>
        <translation>API 密钥现已存入钥匙串，不再保存在 %1 中。</translation>
    </message>
</context>
<context>
    <name>trd::ui::StrategyPresets</name>
    <message>
        <source>Aggressive Scalping</source>
        <translation>激进剥头皮</translation>
    </message>
    <message>
        <source>Fast in-and-out trades with minimal isolation time</source>
        <translation>快进快出，隔离时间最短</translation>
    </message>
    <message>
        <source>Hold &amp; Recover</source>
        <translation>持有并回本</translation>
    </message>
    <message>
        <source>Hold losing positions long-term while scalping profits</source>
        <translation>长期持有亏损仓位，同时剥头皮获利</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Balance between quick profits and position recovery</source>
        <translation>在快速获利与持仓回本之间取得平衡</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>保守</translation>
    </message>
    <message>
        <source>Minimal complexity, tight risk control</source>
        <translation>复杂度最低，风险控制严格</translation>
    </message>
</context>
<context>
    <name>trd::ui::SummaryPanel</name>
    <message>
        <source>Open</source>
        <translation>未平仓</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已平仓</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>未实现盈亏</translation>
    </message>
    <message>
        <source>Realized P&amp;L</source>
        <translation>已实现盈亏</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Exposure (notional)</source>
        <translation>风险敞口（名义价值）</translation>
    </message>
    <message>
        <source>Margin used</source>
        <translation>已用保证金</translation>
    </message>
    <message>
        <source>Best entry</source>
        <translation>最佳入场</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>所选范围</translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation>整个账户</translation>
    </message>
    <message>
        <source>Selection: all symbols</source>
        <translation>所选范围：所有交易对</translation>
    </message>
    <message>
        <source>Selection: %1 %2</source>
        <translation>所选范围：%1 %2</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金费用</translation>
    </message>
    <message>
        <source>Funding received (+) or paid (−) every 8 h while tranches are open; already counted in Realized P&amp;L.</source>
        <translation>持有分批仓位期间每 8 小时收取（+）或支付（−）的资金费用；已计入已实现盈亏。</translation>
    </message>
</context>
<context>
    <name>trd::ui::TimelineView</name>
    <message>
        <source>All event types</source>
        <translation>所有事件类型</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>所有交易对</translation>
    </message>
    <message>
        <source>Search events (tranche id, reason, symbol…)</source>
        <translation>搜索事件（分批仓位 ID、原因、交易对…）</translation>
    </message>
    <message>
        <source>No event type</source>
        <translation>无事件类型</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>All but %1</source>
        <translation>除 %1 外全部</translation>
    </message>
    <message>
        <source>%1 of %2 event types</source>
        <translation>%1 / %2 种事件类型</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>显示：%1</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheAdjustDialog</name>
    <message>
        <source>#%1 %2 %3, %4 open at %5</source>
        <translation>#%1 %2 %3，%4 于 %5 开仓</translation>
    </message>
    <message>
        <source>mark %1</source>
        <translation>标记价格 %1</translation>
    </message>
    <message>
        <source>no mark price yet</source>
        <translation>尚无标记价格</translation>
    </message>
    <message>
        <source>Close part of tranche #%1</source>
        <translation>部分平仓分批仓位 #%1</translation>
    </message>
    <message>
        <source>&amp;Quantity to close</source>
        <translation>平仓数量(&amp;Q)</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>小于 %1</translation>
    </message>
    <message>
        <source>Close part at market</source>
        <translation>按市价部分平仓</translation>
    </message>
    <message>
        <source>Move TP/SL of tranche #%1</source>
        <translation>移动分批仓位 #%1 的止盈/止损</translation>
    </message>
    <message>
        <source>&amp;Take profit</source>
        <translation>止盈(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop loss</source>
        <translation>止损(&amp;S)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>At the mark this realizes about %1 USDT before fees.</source>
        <translation>按标记价格计算，这将实现约 %1 USDT（未计手续费）。</translation>
    </message>
    <message>
        <source>At the take profit: %1 USDT; at the stop: %2 USDT (before fees).</source>
        <translation>在止盈价：%1 USDT；在止损价：%2 USDT（未计手续费）。</translation>
    </message>
    <message>
        <source>Enter numbers with a &apos;.&apos; as the decimal point.</source>
        <translation>请用“.”作为小数点输入数字。</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheDetailPanel</name>
    <message>
        <source>No tranche selected</source>
        <translation>未选择分批仓位</translation>
    </message>
    <message>
        <source>Select a row to see its card.</source>
        <translation>选择一行以查看其卡片。</translation>
    </message>
    <message>
        <source>Tranche #%1 · %2 %3</source>
        <translation>分批仓位 #%1 · %2 %3</translation>
    </message>
    <message>
        <source>★ best entry</source>
        <translation>★ 最佳入场</translation>
    </message>
    <message>
        <source>ISOLATED</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
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
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <comment>time @ price</comment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <comment>time @ price (close reason)</comment>
        <translation>%1 @ %2（%3）</translation>
    </message>
    <message>
        <source>%1 USDT (in realized P&amp;L)</source>
        <comment>funding of one tranche</comment>
        <translation>%1 USDT（已计入已实现盈亏）</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheTableModel</name>
    <message>
        <source>LIQUIDATED</source>
        <comment>tranche status</comment>
        <translation>已强平</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <comment>tranche status</comment>
        <translation>已平仓</translation>
    </message>
    <message>
        <source>ISOLATED</source>
        <comment>tranche status</comment>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <comment>tranche status</comment>
        <translation>活跃</translation>
    </message>
    <message>
        <source>★ best entry of %1 %2</source>
        <translation>★ %1 %2 的最佳入场</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>分批仓位</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Lev.</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Unrealized</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>PnL %</source>
        <translation>盈亏 %</translation>
    </message>
    <message>
        <source>ROE %</source>
        <translation>ROE %</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>止盈</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>止损</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>离场</translation>
    </message>
    <message>
        <source>Funding received (+) or paid (−) while open: %1 USDT, already part of realized P&amp;L (%2)</source>
        <translation>持仓期间收取（+）或支付（−）的资金费用：%1 USDT，已计入已实现盈亏（%2）</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金费用</translation>
    </message>
</context>
<context>
    <name>trd::ui::TrancheView</name>
    <message>
        <source>Close selected tranche…</source>
        <translation>平仓所选分批仓位…</translation>
    </message>
    <message>
        <source>Close the selected open tranche at market (asks first)</source>
        <translation>按市价平仓所选的未平仓分批仓位（会先询问）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已平仓</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未平仓</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Every open tranche, active and isolated</source>
        <translation>所有未平仓的分批仓位，包括活跃和已隔离的</translation>
    </message>
    <message>
        <source>Close this tranche…</source>
        <translation>平仓此分批仓位…</translation>
    </message>
    <message>
        <source>Close part…</source>
        <translation>部分平仓…</translation>
    </message>
    <message>
        <source>Move TP/SL…</source>
        <translation>移动止盈/止损…</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>Close tranche #%1 (%2 %3, %4 @ %5) at market now?

A reduce-only order for its quantity is sent; the other tranches are untouched.</source>
        <translation>立即按市价平仓分批仓位 #%1（%2 %3，%4 @ %5）？

将为其数量发送一笔只减仓订单；其他分批仓位不受影响。</translation>
    </message>
    <message>
        <source>Close this tranche</source>
        <translation>平仓此分批仓位</translation>
    </message>
</context>
<context>
    <name>trd::ui::UiFormat</name>
    <message>
        <source>synced</source>
        <comment>reconciliation state</comment>
        <translation>已同步</translation>
    </message>
    <message>
        <source>drift</source>
        <comment>reconciliation state</comment>
        <translation>偏差</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>reconciliation state</comment>
        <translation>冲突</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reconciliation state</comment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>trd::ui::UnrealizedChart</name>
    <message>
        <source>In profit</source>
        <translation>盈利中</translation>
    </message>
    <message>
        <source>Under water</source>
        <translation>浮亏中</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L per open tranche (USDT)</source>
        <translation>每个未平仓分批仓位的未实现盈亏（USDT）</translation>
    </message>
    <message>
        <source>no open tranche</source>
        <translation>没有未平仓的分批仓位</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零</translation>
    </message>
</context>
<context>
    <name>trd::ui::VariantComparisonModel</name>
    <message>
        <source>This variant stopped: %1</source>
        <translation>此变体已停止：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Variant</source>
        <comment>backtest column</comment>
        <translation>变体</translation>
    </message>
    <message>
        <source>Overrides</source>
        <comment>backtest column</comment>
        <translation>覆盖设置</translation>
    </message>
    <message>
        <source>Entries</source>
        <comment>backtest column</comment>
        <translation>入场</translation>
    </message>
    <message>
        <source>Tranches</source>
        <comment>backtest column</comment>
        <translation>分批仓位</translation>
    </message>
    <message>
        <source>Isolated</source>
        <comment>backtest column</comment>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <comment>backtest column</comment>
        <translation>已强平</translation>
    </message>
    <message>
        <source>Realized</source>
        <comment>backtest column</comment>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Fees</source>
        <comment>backtest column</comment>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>backtest column</comment>
        <translation>资金费用</translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <comment>backtest column</comment>
        <translation>净盈亏</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <comment>backtest column</comment>
        <translation>最大回撤</translation>
    </message>
    <message>
        <source>End balance</source>
        <comment>backtest column</comment>
        <translation>期末余额</translation>
    </message>
</context>
<context>
    <name>trd::ui::WhatIfDialog</name>
    <message>
        <source>Open a TrancheDesk store</source>
        <translation>打开 TrancheDesk 存储</translation>
    </message>
    <message>
        <source>TrancheDesk stores (*.db *.sqlite);;All files (*)</source>
        <translation>TrancheDesk 存储 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>this session&apos;s run</source>
        <translation>本会话的运行</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>This run has no close that named no tranche (a liquidation, a close made outside TrancheDesk): every close went to the tranche it was for, so no closing strategy had a choice to make.</source>
        <translation>本次运行中没有未指明分批仓位的平仓（如强平、在 TrancheDesk 之外进行的平仓）：每笔平仓都归入其对应的分批仓位，因此任何平仓策略都无需做出选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n close(s) named no tranche and were spread over the open tranches by the closing strategy. Realized P&amp;L of those closes, per tranche:</source>
        <translation>
            <numerusform>%n 笔平仓未指明分批仓位，已由平仓策略分摊到未平仓的分批仓位上。这些平仓按分批仓位计的已实现盈亏：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n close(s) were left out: the tranches they came from are no longer in the store (retention).</source>
        <translation>
            <numerusform>%n 笔平仓未纳入：它们所属的分批仓位已不在存储中（超出保留期限）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Every strategy would have closed the same tranches as the engine did: nothing after these closes would have changed.</source>
        <translation>每种策略都会平掉与引擎相同的分批仓位：这些平仓之后的一切都不会改变。</translation>
    </message>
    <message>
        <source>Where a strategy closed other tranches than the engine did, it would have left other tranches open, with their own take-profit and stop orders, isolation and limits: %1. What followed is not what that strategy would have met; the figures after that moment compare the closes only, and only a re-run (a backtest with closingStrategy varied) answers the rest. One position (tranche management off) changes every order after the first close.</source>
        <translation>若某策略平掉的分批仓位与引擎不同，它就会让另一些分批仓位保持未平仓，并带有各自的止盈和止损订单、隔离和上限：%1。此后发生的情况并不是该策略实际会遇到的；该时刻之后的数字仅比较平仓本身，其余问题只有重新运行（以 closingStrategy 为变化项的回测）才能回答。单一持仓（关闭分批仓位管理）会改变第一次平仓之后的每一笔订单。</translation>
    </message>
    <message>
        <source>A re-run needs the Backtest window (Tools → Backtest…), which this build does not have. The command line does the same: tranchedesk-cli backtest --vary closingStrategy=LIFO,FIFO,WORST_FIRST,BEST_FIRST over the recorded data replays it under each strategy.</source>
        <translation>重新运行需要回测窗口（工具 → 回测…），但此版本没有该窗口。命令行也能做到：对记录的数据运行 tranchedesk-cli backtest --vary closingStrategy=LIFO,FIFO,WORST_FIRST,BEST_FIRST，即可在每种策略下回放。</translation>
    </message>
</context>
<context>
    <name>trd::ui::WhatIfTableModel</name>
    <message>
        <source>Total</source>
        <extracomment>the what-if table&apos;s last row</extracomment>
        <translation>总计</translation>
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
        <translation>交易对</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>As booked</source>
        <extracomment>column header: realized P&amp;L as the engine spread the closes</extracomment>
        <translation>实际入账</translation>
    </message>
    <message>
        <source>One position</source>
        <extracomment>column header: tranche management off, one position per symbol and side</extracomment>
        <translation>单一持仓</translation>
    </message>
</context>
</TS>
