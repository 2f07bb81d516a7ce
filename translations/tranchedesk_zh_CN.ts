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
        <source>usage: %1
       %2</source>
        <translation>用法：%1
      %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>未知命令“%1”
%2</translation>
    </message>
</context>
<context>
    <name>trd::app::AppOptions</name>
    <message>
        <source>TrancheDesk: perpetual futures on Aster, every entry its own tranche.</source>
        <translation>TrancheDesk：Aster 上的永续合约，每笔入场都是独立的分批仓位。</translation>
    </message>
    <message>
        <source>Keep the store, the configuration and the window settings in &lt;dir&gt;.</source>
        <translation>将存储、配置和窗口设置保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>Seed of the demo market (default: new each launch).</source>
        <translation>演示市场的随机种子（默认：每次启动时新生成）。</translation>
    </message>
    <message>
        <source>Milliseconds between demo market ticks (default 250).</source>
        <translation>演示市场两次行情之间的毫秒数（默认 250）。</translation>
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
        <source>REST base URL for LIVE mode (default https://fapi.asterdex.com; e.g. a local fake exchange).</source>
        <translation>实盘模式的 REST 基础 URL（默认 https://fapi.asterdex.com；例如本地模拟交易所）。</translation>
    </message>
    <message>
        <source>WebSocket base URL for LIVE mode (default wss://fstream.asterdex.com).</source>
        <translation>实盘模式的 WebSocket 基础 URL（默认 wss://fstream.asterdex.com）。</translation>
    </message>
    <message>
        <source>Where LIVE trades: mainnet (default) or testnet (Aster&apos;s testnet hosts, V3 keys signed for chain 714).</source>
        <translation>LIVE 交易的位置：mainnet（主网，默认）或 testnet（Aster 的测试网主机，V3 密钥按链 714 签名）。</translation>
    </message>
    <message>
        <source>EIP-712 chainId of V3 signatures with --rest-url (default 1666, mainnet&apos;s).</source>
        <translation>与 --rest-url 一起使用时 V3 签名的 EIP-712 chainId（默认 1666，即主网的值）。</translation>
    </message>
</context>
<context>
    <name>trd::app::DeskApp</name>
    <message>
        <source>The configuration asks for LIVE mode, but no API key is in the keychain: running in PAPER mode. Enter the keys under Settings → API keys, then switch to LIVE.</source>
        <translation>配置要求实盘（LIVE）模式，但钥匙串中没有 API 密钥：以模拟（PAPER）模式运行。请在“设置 → API 密钥”中输入密钥，然后切换到 LIVE。</translation>
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
        <source>LIVE on %1: new entries are paused until you press Resume entries.</source>
        <translation>%1 上的 LIVE：新的入场已暂停，直到您按下“恢复入场”。</translation>
    </message>
    <message>
        <source>demo market</source>
        <translation>演示市场</translation>
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
        <source>Could not switch mode: %1</source>
        <translation>无法切换模式：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) from the exchange refused and left out of the books; the last: %1</source>
        <translation>
            <numerusform>来自交易所的 %n 个数据帧被拒绝并未计入账目；最后一个：%1</numerusform>
        </translation>
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
</context>
<context>
    <name>trd::ui::DeskSession</name>
    <message>
        <source>LIVE mode needs API keys: an API wallet (account address and API wallet private key) or an HMAC API key and secret, entered under Settings → API keys.</source>
        <translation>实盘（LIVE）模式需要 API 密钥：API 钱包（账户地址和 API 钱包私钥）或 HMAC API 密钥和密钥密文，请在“设置 → API 密钥”中输入。</translation>
    </message>
    <message>
        <source>This window is not connected to an exchange that can trade LIVE. The application stays in PAPER mode; no order was sent to Aster.</source>
        <translation>此窗口未连接到可以进行实盘交易的交易所。应用程序保持 PAPER 模式；没有向 Aster 发送任何订单。</translation>
    </message>
    <message>
        <source>This window cannot switch modes.</source>
        <translation>此窗口无法切换模式。</translation>
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
    <message>
        <source> Its API keys were moved to the keychain.</source>
        <translation> 其 API 密钥已移至钥匙串。</translation>
    </message>
    <message>
        <source> Its API keys could not be stored.</source>
        <translation> 其 API 密钥无法保存。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n symbol(s) from %1.%2 Review and Save.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个交易对。%2 请检查并保存。</numerusform>
        </translation>
    </message>
    <message>
        <source> Warnings: %1</source>
        <translation> 警告：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported to %1 (without API keys).</source>
        <translation>已导出到 %1（不含 API 密钥）。</translation>
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
</context>
</TS>
