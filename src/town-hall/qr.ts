/** A QR code as one SVG path: module size 1, 4-module quiet zone. */
export interface Qr {
  /** Side in modules, quiet zone included. */
  size: number;
  d: string;
}

/**
 * Encodes `text` (error correction M). The `qrcode` encoder (9 KB) is fetched only now, as its
 * own chunk. Resolves to `undefined` when the text is too long for any QR code.
 */
export async function qr(text: string): Promise<Qr | undefined> {
  const mod = await import('qrcode');
  const { create } = (mod as unknown as { default?: typeof mod }).default ?? mod;
  let m;
  try {
    m = create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return undefined;
  }
  let d = '';
  // One subpath per horizontal run of dark modules keeps the path short.
  for (let y = 0; y < m.size; y++)
    for (let x = 0; x < m.size; x++) {
      if (!m.get(y, x)) continue;
      let w = 1;
      while (x + w < m.size && m.get(y, x + w)) w++;
      d += `M${x + 4} ${y + 4}h${w}v1h-${w}z`;
      x += w;
    }
  return { size: m.size + 8, d };
}
