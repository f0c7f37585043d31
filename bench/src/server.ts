/**
 * The loopback server, run as its own process so that its work never shows up in the client's
 * timings: GET /api/v1/keys answers the spec's list example, with keep-alive. Prints its port.
 */
import { createServer } from 'node:http';
import { BASE_PATH, loadListBody } from './fixture.js';

const { bytes } = loadListBody();
const headers = {
  'content-type': 'application/json',
  'content-length': String(bytes.byteLength),
  'x-request-id': 'req_bench',
};

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url?.split('?')[0] === `${BASE_PATH}/keys`) {
    res.writeHead(200, headers);
    res.end(bytes);
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end('{"error":{"code":404,"message":"Not Found"}}');
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.stdout.write(`PORT ${address.port}\n`);
});

// The parent holds our stdin open; when it goes away (even killed), so do we.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
