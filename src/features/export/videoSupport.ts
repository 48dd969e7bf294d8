import { useEffect, useState } from 'react';

// Codec strings WebCodecs understands: VP9 profile 0, VP8, and H.264 baseline level 4.0 (up to 1920×1080).
const CANDIDATES = { webm: ['vp09.00.31.08', 'vp8'], mp4: ['avc1.42E028'] } as const;

async function supported(codec: string): Promise<boolean> {
  try {
    const result = await VideoEncoder.isConfigSupported({
      codec,
      width: 1280,
      height: 720,
      bitrate: 4_000_000,
    });
    return result.supported === true;
  } catch {
    return false;
  }
}

/** The video containers this browser can encode, asked of WebCodecs directly (no encoder library is loaded for it). */
export function useVideoFormats(): ('webm' | 'mp4')[] {
  const [formats, setFormats] = useState<('webm' | 'mp4')[]>([]);
  useEffect(() => {
    if (typeof VideoEncoder === 'undefined') return;
    let live = true;
    void (async () => {
      const found: ('webm' | 'mp4')[] = [];
      for (const [format, codecs] of Object.entries(CANDIDATES) as [
        keyof typeof CANDIDATES,
        readonly string[],
      ][]) {
        for (const codec of codecs) {
          if (await supported(codec)) {
            found.push(format);
            break;
          }
        }
      }
      if (live) setFormats(found);
    })();
    return () => {
      live = false;
    };
  }, []);
  return formats;
}
