// Documents through the gateway's origin: upload and download throughput of a 10 MB file (the
// gateway streams to and from the documents subgraph; the same requests straight to the subgraph
// in the same run give the ratio), and the RSS of the gateway and the documents subgraph while
// 10 clients each upload 50 MB at once (streaming keeps it flat; a buffered upload would add
// the 500 MB in flight).
import { readFileSync } from 'node:fs';
import { gql, login } from './graphql.mjs';

const MB = 1024 * 1024;
const CREATE_UPLOAD = 'mutation ($i: CreateUploadInput!) { createUpload(input: $i) { document { id } uploadUrl userErrors { code } } }';

/** A file the portal accepts: a PDF header, then bytes that stand for the scan. */
function pdfOfSize(bytes) {
  const body = Buffer.alloc(bytes, 0x20);
  Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1').copy(body);
  for (let i = 64; i < bytes; i += 4096) body[i] = i % 251;
  return body;
}

/** A body of `bytes` in 1 MB chunks, produced as it is sent (the client holds one chunk). */
async function* streamedPdf(bytes) {
  const first = pdfOfSize(MB);
  const filler = Buffer.alloc(MB, 0x20);
  for (let sent = 0; sent < bytes; sent += MB) yield sent === 0 ? first : filler.subarray(0, Math.min(MB, bytes - sent));
}

async function createUpload(gatewayUrl, token, size, fileName) {
  const data = await gql(gatewayUrl, CREATE_UPLOAD, { i: { fileName, contentType: 'application/pdf', size, purpose: 'APPLICATION_ATTACHMENT' } }, token);
  if (data.createUpload.userErrors.length) throw new Error(JSON.stringify(data.createUpload.userErrors));
  return { id: data.createUpload.document.id, path: data.createUpload.uploadUrl };
}

async function put(origin, path, token, body, size) {
  const response = await fetch(new URL(path, origin), {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'content-length': String(size) },
    body,
    duplex: 'half',
  });
  if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

async function download(origin, id, token) {
  const response = await fetch(new URL(`/documents/${id}/content`, origin), { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`download answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return bytes;
}

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
};

/** Samples both processes' RSS every 50 ms while `work` runs. */
async function sampledWhile(pids, work) {
  const peaks = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMb(pid)]));
  const before = { ...peaks };
  const timer = setInterval(() => {
    for (const [name, pid] of Object.entries(pids)) peaks[name] = Math.max(peaks[name], rssMb(pid));
  }, 50);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { before, peaks };
}

export async function benchDocuments(stack, rounds = 10) {
  const origin = new URL(stack.gatewayUrl).origin;
  const direct = new URL(stack.subgraphs.documents.url).origin;
  const token = await login(stack.gatewayUrl, 'citizen@demo.gosuslugi.local');
  const size = 10 * MB;
  const file = pdfOfSize(size);
  const results = [];

  for (const [title, target] of [
    ['10 MB upload via gateway', origin],
    ['10 MB upload straight to documents', direct],
  ]) {
    const ids = [];
    const started = performance.now();
    for (let i = 0; i < rounds; i++) {
      const upload = await createUpload(stack.gatewayUrl, token, size, `scan-${i}.pdf`);
      await put(target, upload.path, token, file, size);
      ids.push(upload.id);
    }
    const seconds = (performance.now() - started) / 1000;
    results.push({ title, mbPerSecond: (rounds * size) / MB / seconds, perFileMs: (seconds * 1000) / rounds, ids });
  }
  const stored = results[0].ids;
  for (const [title, target] of [
    ['10 MB download via gateway', origin],
    ['10 MB download straight from documents', direct],
  ]) {
    const started = performance.now();
    let bytes = 0;
    for (let i = 0; i < rounds; i++) bytes += await download(target, stored[i % stored.length], token);
    const seconds = (performance.now() - started) / 1000;
    results.push({ title, mbPerSecond: bytes / MB / seconds, perFileMs: (seconds * 1000) / rounds });
  }

  // 10 clients × 50 MB at once, each body produced while it is sent.
  const big = 50 * MB;
  const uploads = await Promise.all(Array.from({ length: 10 }, (_, i) => createUpload(stack.gatewayUrl, token, big, `big-${i}.pdf`)));
  const pids = { gateway: stack.gatewayPid, documents: stack.subgraphs.documents.process.pid };
  const started = performance.now();
  const memory = await sampledWhile(pids, () => Promise.all(uploads.map((upload) => put(origin, upload.path, token, streamedPdf(big), big))));
  const seconds = (performance.now() - started) / 1000;
  return { results, memory, concurrent: { clients: 10, megabytesEach: 50, seconds, mbPerSecond: (10 * big) / MB / seconds } };
}
