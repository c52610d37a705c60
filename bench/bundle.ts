// The JavaScript each route sends to the browser, gzipped, read from the production server's own pages.
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  route: string;
  scripts: number;
  /** Script files (the app's JavaScript), gzipped. */
  gzippedKb: number;
  /** Inline scripts (mostly the server-rendered page's data for React), gzipped. */
  inlineKb: number;
  katexInBrowser: string;
}

/** Fetches a page, then every script it loads, and sums their gzipped sizes. */
export async function measureRoute(baseUrl: string, route: string): Promise<BundleRow> {
  const html = await (await fetch(`${baseUrl}${route}`)).text();
  // `noModule` scripts are legacy polyfills that browsers with ES modules never download.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter(
    (m) => !/nomodule/i.test(m[0]),
  );
  const sources = [...new Set(tags.map((m) => m[1]))];
  let bytes = 0;
  let katex = false;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    bytes += gzipSync(body).length;
    // KaTeX's parser throws "KaTeX parse error"; its presence means the math library was shipped.
    if (body.includes('KaTeX parse error')) katex = true;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const kb = (n: number) => Number((n / 1024).toFixed(1));
  return {
    route,
    scripts: sources.length,
    gzippedKb: kb(bytes),
    inlineKb: kb(gzipSync(Buffer.from(inline)).length),
    katexInBrowser: katex ? 'yes' : 'no',
  };
}
