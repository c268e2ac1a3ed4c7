// A desktop notification through the system's own tool, where there is one: notify-send (libnotify,
// Linux and the BSDs) or osascript (macOS). Where there is none, or it fails, nothing happens and
// nothing is printed: the bell and the message on the terminal are the notification then.

import { spawn } from 'node:child_process';

export type Notifier = (title: string, body: string) => Promise<void>;

/** How long to wait for the tool before going on without it (it normally returns at once). */
const WAIT_MS = 3000;

/** The command for a platform; undefined where spasm-info knows none. */
export function notifyCommand(platform: string, title: string, body: string): [string, string[]] | undefined {
  if (platform === 'darwin') {
    // The text goes in as arguments of the script, never into its source: nothing to escape.
    const script = ['on run argv', 'display notification (item 2 of argv) with title (item 1 of argv)', 'end run'];
    return ['osascript', [...script.flatMap((line) => ['-e', line]), title, body]];
  }
  if (platform === 'win32') return undefined;
  return ['notify-send', ['--', title, body]];
}

/** A notifier that runs the platform's tool, found on env.PATH, and resolves when it is done, when
 *  it cannot start, or after a few seconds, whichever is first. Never rejects. */
export function desktopNotifier(platform: string, env: Record<string, string | undefined>): Notifier {
  return (title, body) =>
    new Promise<void>((resolve) => {
      const command = notifyCommand(platform, title, body);
      if (!command) return resolve();
      let child: ReturnType<typeof spawn>;
      try {
        child = spawn(command[0], command[1], { stdio: 'ignore', env });
      } catch {
        return resolve();
      }
      const timer = setTimeout(() => {
        child.unref();
        resolve();
      }, WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      child.on('error', done); // not installed (ENOENT) or not runnable: silent by design
      child.on('exit', done);
    });
}
