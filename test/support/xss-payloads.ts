/**
 * Hostile strings in the OWASP filter-evasion style. Each one, if it ever
 * became markup or a script URL, would set `window.__pyvetXss`. pyvet must
 * show them as text.
 */
const MARK = 'window.__pyvetXss=1';

export const XSS_PAYLOADS: readonly string[] = [
  `<script>${MARK}</script>`,
  `<img src=x onerror="${MARK}">`,
  `<img src=x onerror=${MARK}>`,
  `<IMG SRC=x oNeRrOr=${MARK}>`,
  `<svg onload=${MARK}>`,
  `<svg><script>${MARK}</script></svg>`,
  `<body onload=${MARK}>`,
  `<iframe src="javascript:${MARK}"></iframe>`,
  `<iframe srcdoc="<script>parent.__pyvetXss=1</script>"></iframe>`,
  `<a href="javascript:${MARK}">click</a>`,
  `javascript:${MARK}`,
  `JaVaScRiPt:${MARK}`,
  ` javascript:${MARK}`,
  `jav&#x09;ascript:${MARK}`,
  `data:text/html,<script>${MARK}</script>`,
  `"><script>${MARK}</script>`,
  `'><img src=x onerror=${MARK}>`,
  `</textarea><script>${MARK}</script>`,
  `</title><script>${MARK}</script>`,
  `<details open ontoggle=${MARK}>`,
  `<input autofocus onfocus=${MARK}>`,
  `<video><source onerror=${MARK}></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${MARK}>`,
  `<object data="javascript:${MARK}"></object>`,
  `<embed src="javascript:${MARK}">`,
  `<marquee onstart=${MARK}>`,
  `<div style="background:url(javascript:${MARK})">`,
  `&lt;img src=x onerror=${MARK}&gt;`,
  `%3Cscript%3E${MARK}%3C%2Fscript%3E`,
  `\\u003cscript\\u003e${MARK}\\u003c/script\\u003e`,
  `<scr<script>ipt>${MARK}</scr</script>ipt>`,
  `[link](javascript:${MARK}) **bold** <b onmouseover=${MARK}>`,
];

/** HTML-escapes a payload so a saved page shows it as text, as a real site would. */
export function asPageText(payload: string): string {
  return payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
