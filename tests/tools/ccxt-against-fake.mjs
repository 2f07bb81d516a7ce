// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives TrancheDesk's fake exchange with ccxt's binanceusdm, an independent client of the real
// Binance USDⓈ-M protocol, to show the fake speaks that protocol (issue 3). Test-only.
// Usage: node ccxt-against-fake.mjs <restBase> <apiKey> <secret> <symbol e.g. BTC/USDT:USDT>
import ccxt from 'ccxt';
import http from 'node:http';

const [base, apiKey, secret, symbol] = process.argv.slice(2);
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
const step = async (name, f) => {
  const value = await f();
  steps.push(name);
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
  process.stdout.write(JSON.stringify({
    ok: true, steps, time, tickSize: market.precision.price, stepSize: market.precision.amount,
    orderStatus: fetched.status, filled: fetched.filled, positionContracts: positions[0]?.contracts,
    usdtFree: balance.USDT?.free, openOrders: open.length, badKey,
  }) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, steps, error: `${e.constructor.name}: ${e.message}` }) + '\n');
  process.exit(1);
}
