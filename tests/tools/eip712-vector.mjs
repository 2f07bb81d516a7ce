// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Independent EIP-712 signature of Aster's V3 scheme with ethers, for tst_eip712signer.
// Usage: node eip712-vector.mjs <privateKeyHex> <chainId> <message>
import { Wallet, TypedDataEncoder } from 'ethers';

const [privateKey, chainId, message] = process.argv.slice(2);
const domain = {
  name: 'AsterSignTransaction',
  version: '1',
  chainId: Number(chainId),
  verifyingContract: '0x0000000000000000000000000000000000000000',
};
const types = { Message: [{ name: 'msg', type: 'string' }] };
const value = { msg: message };
const wallet = new Wallet(privateKey);
const signature = await wallet.signTypedData(domain, types, value);
const digest = TypedDataEncoder.hash(domain, types, value);
process.stdout.write(JSON.stringify({ address: wallet.address, signature, digest }) + '\n');
