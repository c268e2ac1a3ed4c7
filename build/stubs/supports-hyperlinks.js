// Stand-in for supports-hyperlinks: links are printed as text with the URL, never as OSC 8
// sequences, so output is the same on every terminal.
export default { stdout: false, stderr: false };
