import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `next start` of the build in `distDir` on `port` and resolves once it answers. */
export async function startServer(port: number, distDir: string): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/next', ['start', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, NEXT_DIST_DIR: distDir } });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://localhost:${port}/ko`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`next start on port ${port} did not answer`);
}

/** Stops the server and waits for its port to close (killing `next start` alone can leave next-server behind). */
export async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}
