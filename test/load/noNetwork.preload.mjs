// Preloaded (node --import) into a CLI run by the no-network test, in the main thread and in
// every worker thread: records each thread it loads in and every attempt to reach the network,
// and makes the attempt fail.
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';
import { isMainThread, threadId } from 'node:worker_threads';

const log = process.env.TTHC_NET_LOG;
const note = (line) => log && appendFileSync(log, line + '\n');
note(`loaded ${isMainThread ? 'main' : 'worker'} ${threadId}`);

const block = (name) =>
  function blocked() {
    note(`attempt ${name}`);
    throw new Error(`network access blocked by test: ${name}`);
  };
net.Socket.prototype.connect = block('net.Socket#connect');
net.connect = block('net.connect');
net.createConnection = block('net.createConnection');
tls.connect = block('tls.connect');
http.request = block('http.request');
http.get = block('http.get');
https.request = block('https.request');
https.get = block('https.get');
http2.connect = block('http2.connect');
dgram.createSocket = block('dgram.createSocket');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) {
  dns[fn] = block(`dns.${fn}`);
  if (dns.promises[fn]) dns.promises[fn] = block(`dns.promises.${fn}`);
}
globalThis.fetch = block('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = block('WebSocket');
