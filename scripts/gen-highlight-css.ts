/** Writes content/highlights.css from the label palette. Run: `npm run gen:css`. */
import { writeFileSync } from 'node:fs';
import { highlightCss } from '../content/highlight-styles.ts';

writeFileSync(new URL('../content/highlights.css', import.meta.url), highlightCss());
