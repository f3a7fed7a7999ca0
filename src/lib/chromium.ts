/** Debian's Chromium (`apt-get install chromium`); never a downloaded browser. `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on these machines: no sandbox (CI runs as root) and none of Chromium's
 * background connections, which the closed network would refuse.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
