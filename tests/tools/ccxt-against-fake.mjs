// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives TrancheDesk's fake exchange with ccxt's binanceusdm, an independent client of the real
// Binance USDⓈ-M protocol, to show the fake speaks that protocol (issue 3). Test-only.
// Usage: node ccxt-against-fake.mjs <restBase> <apiKey> <secret> <symbol e.g. BTC/USDT:USDT> [streamBase]
// With streamBase, ccxt.pro's public watchers (klines, mark price, best bid/ask) run on the fake's
// WebSocket streams too.
import ccxt from 'ccxt';
import http from 'node:http';

const [base, apiKey, secret, symbol, streamBase] = process.argv.slice(2);
const fapi = `${base}/fapi/v1`;
const exchange = new ccxt.binanceusdm({
  apiKey,
  secret,
  enableRateLimit: false,
  agent: new http.Agent({ keepAlive: false }), // loopback is plain HTTP
  options: { fetchCurrencies: false, defaultType: 'future', adjustForTimeDifference: false, warnOnFetchOpenOrdersWithoutSymbol: false },
});
// Every URL of the USDⓈ-M API points at the fake on 127.0.0.1.
for (const key of Object.keys(exchange.urls.api)) {
  const url = exchange.urls.api[key];
  if (typeof url === 'string' && url.includes('fapi')) {
    exchange.urls.api[key] = url.replace(/^https:\/\/[^/]+/, base);
  }
}
const steps = [];
const started = Date.now();
const step = async (name, f) => {
  const value = await f();
  steps.push(`${name}@${Date.now() - started}ms`);
  return value;
};
try {
  const time = await step('fetchTime', () => exchange.fetchTime());
  const markets = await step('loadMarkets', () => exchange.loadMarkets());
  const market = markets[symbol];
  if (!market) throw new Error(`no market ${symbol} among ${Object.keys(markets).join(', ')}`);
  const order = await step('createOrder', () => exchange.createOrder(symbol, 'market', 'buy', 0.001));
  const fetched = await step('fetchOrder', () => exchange.fetchOrder(order.id, symbol));
  const positions = await step('fetchPositions', () => exchange.fetchPositions([symbol]));
  const balance = await step('fetchBalance', () => exchange.fetchBalance());
  const stop = await step('createStopOrder', () =>
    exchange.createOrder(symbol, 'STOP_MARKET', 'sell', 0.001, undefined, { stopPrice: 1000, reduceOnly: true }));
  const open = await step('fetchOpenOrders', () => exchange.fetchOpenOrders(symbol));
  await step('cancelOrder', () => exchange.cancelOrder(stop.id, symbol));
  let badKey = 'accepted';
  try {
    const wrong = new ccxt.binanceusdm({ apiKey, secret: secret + 'x', agent: exchange.agent, options: exchange.options });
    wrong.urls = exchange.urls;
    await wrong.fetchBalance();
  } catch (e) {
    badKey = e.constructor.name;
  }
  const watched = {};
  if (streamBase) {
    const pro = new ccxt.pro.binanceusdm({ options: exchange.options });
    pro.httpAgent = new http.Agent({ keepAlive: false }); // ccxt asks for one before any ws:// URL
    pro.urls.api.ws.future = `${streamBase}/ws`; // every other URL stays unused: markets are given

    pro.markets = exchange.markets;
    pro.marketsById = exchange.marketsById;
    const within = (promise, name) => Promise.race([promise,
      // unref: a timer left pending must not keep node alive once the watcher answered.
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${name}: nothing within 20 s`)), 20000).unref())]);
    const candles = await step('watchOHLCV', () => within(pro.watchOHLCV(symbol, '1m'), 'watchOHLCV'));
    watched.candleClose = candles[candles.length - 1][4];
    const mark = await step('watchMarkPrice', () => within(pro.watchMarkPrice(symbol), 'watchMarkPrice'));
    watched.markPrice = mark.markPrice;
    const book = await step('watchBidsAsks', () => within(pro.watchBidsAsks([symbol]), 'watchBidsAsks'));
    watched.bid = book[symbol]?.bid;
    await pro.close();
  }
  process.stdout.write(JSON.stringify({
    ok: true, steps, time, tickSize: market.precision.price, stepSize: market.precision.amount,
    orderStatus: fetched.status, filled: fetched.filled, positionContracts: positions[0]?.contracts,
    usdtFree: balance.USDT?.free, openOrders: open.length, badKey, watched,
  }) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, steps, error: `${e.constructor.name}: ${e.message}` }) + '\n');
  process.exit(1);
}
