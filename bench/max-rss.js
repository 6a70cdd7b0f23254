// Preloaded into a bench child process (`node --import ./bench/max-rss.js …`): reports its peak RSS on exit.
process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
