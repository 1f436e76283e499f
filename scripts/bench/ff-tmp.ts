import { startServer, originalPath } from '../lib/policy-server.ts';
import { runFirefox } from './firefox.ts';
const server = await startServer();
const t = Date.now();
const r = await runFirefox([server.origin + originalPath('1050_www.honda.com.html'), `${server.origin}/seeds/wandb.txt/privacy-policy`], { warmUp: `${server.origin}/seeds/template-platform.md/privacy-policy` });
console.log(JSON.stringify(r), Date.now() - t);
await server.close();
