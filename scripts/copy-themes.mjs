// Ships the theme presets: src/themes/*.css → dist/themes/*.css (run by `npm run build`, after Vite,
// which empties dist/). They are plain token stylesheets, so they are copied as written.
import { copyFile, mkdir, readdir } from 'node:fs/promises';

const from = 'src/themes';
const to = 'dist/themes';
const presets = (await readdir(from)).filter((file) => file.endsWith('.css'));
if (presets.length === 0) throw new Error(`No theme presets in ${from}/`);
await mkdir(to, { recursive: true });
await Promise.all(presets.map((file) => copyFile(`${from}/${file}`, `${to}/${file}`)));
console.log(`Theme presets → ${to}/: ${presets.join(', ')}`);
