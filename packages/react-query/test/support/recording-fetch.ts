/** A fetch that records each request, then hands it to the real fetch (to Prism). No Node-only
 * imports: the browser tests use it too. */
export interface Sent {
  method: string;
  url: URL;
}

export function recordingFetch(respond: (req: Request) => Promise<Response> = (req) => fetch(req)) {
  const sent: Sent[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    sent.push({ method: req.method, url: new URL(req.url) });
    return respond(req);
  };
  return Object.assign(fn, { sent });
}

/** `GET /keys`-style lines, for comparing what was sent. */
export const sentLines = (sent: Sent[]) => sent.map((s) => `${s.method} ${s.url.pathname}`);
