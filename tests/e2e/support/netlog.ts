// Reads a Chromium net log (--log-net-log) and finds every network destination in it, so the privacy
// test can check the whole browser, not only what Playwright sees from pages and workers.
//
// Chromium itself talks to Google while it runs (sign-in cookie check, component updater, network
// time), whatever the flags. Those requests carry the browser's own traffic annotation; a request made
// by a page, an extension page or the extension's service worker carries Blink's resource-loader
// annotation instead. So a destination is tolerated only when it is the local test server, or when it
// is one of the browser-internal requests listed below *and* carries that request's annotation. Any
// other request, preconnect or DNS lookup fails the test.

export interface NetLogRequest {
  url: string;
  /** Chromium's network traffic annotation id (which component made the request). */
  annotation: number | null;
}

export interface NetLogSummary {
  requests: NetLogRequest[];
  /** Every host name the log mentions: request URLs, stream jobs, preconnects, DNS lookups. */
  hosts: string[];
}

/** Browser-internal requests seen from Debian's chromium 156 with a fresh profile and no user action. */
export const browserInternal: readonly { host: string; annotation: number; what: string }[] = [
  {
    host: 'accounts.google.com',
    annotation: 35565745,
    what: 'GAIA ListAccounts: the sign-in cookie check every profile makes at start',
  },
  {
    host: 'update.googleapis.com',
    annotation: 54845618,
    what: 'component updater (Optimization Guide on-device model manifest)',
  },
  {
    host: 'clients2.google.com',
    annotation: 46188932,
    what: 'network time query',
  },
];

interface RawEvent {
  type?: number;
  source?: { id?: number; type?: number };
  params?: Record<string, unknown>;
}

interface RawLog {
  events: RawEvent[];
  /** Source type id of URL requests (constants.logSourceType.URL_REQUEST). */
  urlRequestSource: number | null;
}

function parseLog(text: string): RawLog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A browser that did not shut down cleanly leaves the events array open.
    json = JSON.parse(text.replace(/,?\s*$/, '') + ']}');
  }
  if (typeof json !== 'object' || json === null || !('events' in json)) {
    throw new Error('not a Chromium net log: no "events"');
  }
  const { events, constants } = json as {
    events: unknown;
    constants?: { logSourceType?: Record<string, number> };
  };
  if (!Array.isArray(events)) throw new Error('not a Chromium net log: "events" is not a list');
  return {
    events: events as RawEvent[],
    urlRequestSource: constants?.logSourceType?.URL_REQUEST ?? null,
  };
}

function hostOf(value: string): string | null {
  // Host fields look like "accounts.google.com", "https://accounts.google.com" or "host:443".
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return new URL(value).hostname || null;
    return new URL(`http://${value}`).hostname || null;
  } catch {
    return null;
  }
}

export function summarizeNetLog(text: string): NetLogSummary {
  const requests = new Map<number, NetLogRequest>();
  const hosts = new Set<string>();
  const log = parseLog(text);
  let anonymous = -1;
  for (const event of log.events) {
    const params = event.params ?? {};
    const url = typeof params.url === 'string' ? params.url : null;
    const annotation =
      typeof params.traffic_annotation === 'number' ? params.traffic_annotation : null;
    if (url !== null) {
      // One URL request logs several events with its URL; only REQUEST_ALIVE has the annotation.
      // Stream jobs and preconnects log URLs too: they count as hosts below, not as requests.
      if (log.urlRequestSource === null || event.source?.type === log.urlRequestSource) {
        const id = event.source?.id ?? anonymous--;
        const known = requests.get(id);
        if (!known) requests.set(id, { url, annotation });
        else if (known.annotation === null && annotation !== null) known.annotation = annotation;
      }
      const host = hostOf(url);
      if (host && /^(https?|wss?):/.test(url)) hosts.add(host);
    }
    for (const key of ['host', 'host_port_pair', 'origin']) {
      const value = params[key];
      if (typeof value !== 'string' || value === '' || value === 'null') continue;
      const host = hostOf(value);
      if (host) hosts.add(host);
    }
  }
  return { requests: [...requests.values()], hosts: [...hosts].sort() };
}

// '~notfound' is what --host-resolver-rules maps every other host to (see chromium.ts `offline`).
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', '~notfound']);

/**
 * Everything in the net log that went (or tried to go) anywhere but `allowedOrigins` and the listed
 * browser-internal requests. Returns human-readable lines; empty means clean.
 */
export function netLogViolations(summary: NetLogSummary, allowedOrigins: string[]): string[] {
  const allowedHosts = new Set(allowedOrigins.map((origin) => new URL(origin).hostname));
  const problems: string[] = [];
  const internalHostsSeen = new Set<string>();
  for (const { url, annotation } of summary.requests) {
    if (!/^(https?|wss?):/i.test(url)) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`unparseable request URL ${url}`);
      continue;
    }
    if (allowedOrigins.includes(parsed.origin)) continue;
    const internal = browserInternal.find(
      (known) => known.host === parsed.hostname && known.annotation === annotation,
    );
    if (internal) {
      internalHostsSeen.add(internal.host);
      continue;
    }
    problems.push(`request to ${url} (traffic annotation ${annotation ?? 'none'})`);
  }
  for (const host of summary.hosts) {
    if (allowedHosts.has(host) || loopback.has(host) || internalHostsSeen.has(host)) continue;
    if (problems.some((line) => line.includes(`//${host}`))) continue;
    problems.push(`connection or DNS lookup for ${host}`);
  }
  return problems;
}
