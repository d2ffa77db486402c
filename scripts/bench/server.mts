import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts the build in `distDir` of the checkout in `cwd` on `port` as `npm run serve` serves a deploy
 * (its heap limit too), and resolves once it answers.
 */
export async function startServer(port: number, distDir: string, cwd = '.'): Promise<ChildProcess> {
  // Its own process group, so stopping it stops npm, next start and next-server alike.
  const server = spawn('npm', ['run', '--silent', 'serve', '--', '--port', String(port)], {
    cwd,
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://localhost:${port}/ko`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid!, 'SIGTERM');
  throw new Error(`next start on port ${port} did not answer`);
}

/** Stops the server's whole process group and waits for npm to exit (killing `next start` alone can leave next-server behind). */
export async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid!, 'SIGTERM');
  await exited;
}
