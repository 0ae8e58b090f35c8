import { chromium } from "playwright-core";
import sharp from "sharp";
import { serveStatic } from "/work/main/scripts/lib/static-server.ts";
const [before, after, ...paths] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const path of paths)
  for (const width of [375, 1280]) {
    const shots = [];
    for (const dir of [before, after]) {
      const site = await serveStatic(dir);
      const p = await b.newPage({ viewport: { width, height: 900 } });
      await p.goto(site.url + path);
      shots.push(await p.screenshot({ fullPage: true }));
      await p.close();
      await site.close();
    }
    const [x, y] = await Promise.all(shots.map((s) => sharp(s).raw().toBuffer({ resolveWithObject: true })));
    let diff = 0;
    if (x.info.width === y.info.width && x.info.height === y.info.height) {
      for (let i = 0; i < x.data.length; i++) if (x.data[i] !== y.data[i]) diff++;
    } else diff = -1;
    const name = path.replace(/\W+/g, "_") + width;
    await sharp(shots[1]).toFile(`/tmp/shot-after-${name}.png`);
    await sharp(shots[0]).toFile(`/tmp/shot-before-${name}.png`);
    console.log(path, width, x.info.height, y.info.height, "differing bytes:", diff);
  }
await b.close();
