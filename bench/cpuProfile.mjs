// Preloaded (NODE_OPTIONS=--import) into a bench part started with `--profile`: --cpu-prof itself is not
// allowed in NODE_OPTIONS, and ProcessGroup owns the command line. The profiler starts on SIGUSR2, which
// the bench sends once everything is up, so start-up (module loading, tsx) stays out of the profile.
// Plain JS: it loads before tsx does.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import process from 'node:process';

const file = process.env.BENCH_CPU_PROFILE;
if (file) {
  const session = new Session();
  session.connect();
  let started = false;
  process.on('SIGUSR2', () => {
    if (started) return;
    started = true;
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 500 });
    session.post('Profiler.start');
  });
  // a same-thread inspector session answers synchronously, so this completes inside the exit handler
  process.on('exit', () => {
    if (!started) return;
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
