/**
 * The 1200×630 link preview of a short link, drawn by next/og (satori): the layout of the
 * preview share card — eyebrow, big headline, caption, three stat tiles, footer — on the
 * payload's palette. Every string goes through `ogText` so no glyph is fetched from a CDN.
 */
import type { SharePayload } from '../../share/payload';
import { OG_DISPLAY_FONT, OG_TEXT_FONT, ogText } from './fonts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The accent glow's alpha, and the darkest swatch laid over it all, so white words read on any palette (tests/unit/a11y/contrast). */
export const OG_GLOW_ALPHA = 0.5;
export const OG_SCRIM_ALPHA = 0.68;

/** `#rrggbb` with an alpha byte, which satori reads. */
const alpha = (hex: string, value: number) => `${hex}${Math.round(value * 255).toString(16).padStart(2, '0')}`;

function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function SharePreview({ payload }: { payload: SharePayload }) {
  const palette = payload.palette;
  const darkest = palette[0]!;
  const accent = palette[Math.min(2, palette.length - 1)]!;
  const glow = palette[palette.length - 1]!;
  const persona = payload.persona ? ogText(payload.persona.name) : '';
  const tagline = payload.tagline ? ogText(payload.tagline) : '';
  const headline = fit(tagline || persona || ogText(payload.title), 90);
  const caption = tagline && persona ? `Persona: ${persona}` : null;
  const stats = (payload.stats ?? [])
    .map((stat) => ({ label: ogText(stat.label), value: ogText(stat.value) }))
    .filter((stat) => stat.label && stat.value)
    .slice(0, 3);

  return (
    <div
      style={{
        width: OG_WIDTH,
        height: OG_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 64px',
        color: '#ffffff',
        fontFamily: OG_TEXT_FONT,
        backgroundColor: darkest,
        backgroundImage: `linear-gradient(${alpha(darkest, OG_SCRIM_ALPHA)}, ${alpha(darkest, OG_SCRIM_ALPHA)}), radial-gradient(circle at 85% 15%, ${alpha(glow, OG_GLOW_ALPHA)} 0%, ${alpha(glow, 0)} 45%), linear-gradient(135deg, ${darkest} 0%, ${accent} 100%)`,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 26, letterSpacing: 3, textTransform: 'uppercase' }}>
        <span style={{ fontWeight: 700 }}>{fit(ogText(payload.title), 48)}</span>
        <span style={{ padding: '6px 18px', borderRadius: 999, backgroundColor: 'rgba(0,0,0,0.35)' }}>{ogText(payload.period)}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <div style={{ fontFamily: OG_DISPLAY_FONT, fontWeight: 700, fontSize: headline.length > 48 ? 54 : 68, lineHeight: 1.08, textShadow: '0 2px 18px rgba(0,0,0,0.45)' }}>
          {headline}
        </div>
        {caption ? <div style={{ fontSize: 30 }}>{caption}</div> : null}
      </div>
      <div style={{ display: 'flex', gap: 24 }}>
        {stats.map((stat, index) => (
          <div
            key={index}
            style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '18px 24px', borderRadius: 20, backgroundColor: 'rgba(0,0,0,0.32)' }}
          >
            <span style={{ fontFamily: OG_DISPLAY_FONT, fontWeight: 700, fontSize: 44 }}>{fit(stat.value, 14)}</span>
            <span style={{ fontSize: 22 }}>{fit(stat.label, 28)}</span>
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', fontSize: 20 }}>AI Wrapped · made on-device, shared on purpose</div>
    </div>
  );
}
