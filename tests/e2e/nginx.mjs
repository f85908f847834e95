// nginx for the embedding tests: the dashboard under a subfolder with the strict policy as a
// header, and a portal page on another origin (another port). Started and stopped by the tests.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";
export const SUBFOLDER = '/xxgk/ndbg/dashboard/';

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Starts nginx; `portalFiles` maps file names to contents for the portal's origin. */
export async function startNginx(portalFiles) {
  const dir = await mkdtemp(join(tmpdir(), 'ndbg-nginx-'));
  const portal = join(dir, 'portal');
  await mkdir(portal);
  const dashboardPort = await freePort();
  const portalPort = await freePort();
  const dashboardOrigin = `http://127.0.0.1:${dashboardPort}`;
  const portalOrigin = `http://127.0.0.1:${portalPort}`;
  for (const [name, make] of Object.entries(portalFiles)) {
    await writeFile(join(portal, name), make({ dashboardOrigin, portalOrigin }));
  }
  const conf = `
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${dashboardPort};
    location ${SUBFOLDER} {
      alias ${DIST}/;
      add_header Content-Security-Policy "${CSP}" always;
    }
  }
  server {
    listen 127.0.0.1:${portalPort};
    root ${portal};
  }
}
`;
  await writeFile(join(dir, 'nginx.conf'), conf);
  const nginx = spawn(process.env.NGINX ?? '/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((ok) => nginx.on('exit', ok));
  // Ready when the dashboard answers.
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${dashboardOrigin}${SUBFOLDER}`);
      if (r.ok) break;
    } catch {
      if (i > 100) throw new Error('nginx did not start');
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return {
    dashboard: `${dashboardOrigin}${SUBFOLDER}`,
    dashboardOrigin,
    portal: `${portalOrigin}/`,
    stop: async () => {
      nginx.kill('SIGTERM');
      await exited;
    },
  };
}
