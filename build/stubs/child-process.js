// Stand-in for child_process inside commander only: spasm-info has no executable subcommands.
const unavailable = () => {
  throw new Error('executable subcommands are not supported');
};
export const spawn = unavailable;
export const execFileSync = unavailable;
export default { spawn, execFileSync };
