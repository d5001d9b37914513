// Runs `npm install` when dependencies are missing or a package.json changed since the last
// install, so that `npm start` and `npm test` work on a fresh clone without a separate step.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'node_modules/.package-lock.json');

function manifests() {
  const files = [path.join(root, 'package.json')];
  for (const group of ['packages', 'subgraphs', 'clients']) {
    const dir = path.join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) files.push(path.join(dir, name, 'package.json'));
  }
  for (const name of ['gateway', 'tests', 'bench']) files.push(path.join(root, name, 'package.json'));
  return files.filter((file) => existsSync(file));
}

const installedAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const stale = manifests().some((file) => statSync(file).mtimeMs > installedAt);
if (stale) {
  console.log('Installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
