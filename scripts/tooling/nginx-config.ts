/** The lines of a file from deploy/ that a test adapts, as an operator adapts them, and nothing else. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Replaces the one line that starts with `directive` (an operator adapts exactly these lines). */
export function replaceLine(config: string, directive: string, value: string): string {
  const pattern = new RegExp(`^(\\s*)${directive}\\s[^\\n]*;$`, 'm');
  if (config.split('\n').filter((line) => pattern.test(line)).length !== 1) {
    throw new Error(`expected exactly one \`${directive}\` line of its own`);
  }
  return config.replace(pattern, `$1${directive} ${value};`);
}

/**
 * The shipped `listen` lines (IPv4 and IPv6) as one on 127.0.0.1:`port`: tests bind no public address, and not every
 * machine has IPv6. With `tls` the line keeps the file's own parameters (`ssl http2`), otherwise it drops them.
 */
export function listenLocally(config: string, port: number, tls = false): string {
  const ipv6 = /^\s*listen \[::\]:[^\n]*;\n/gm;
  const ipv4 = /^(\s*)listen \d+((?: \w+)*);$/gm;
  if ((config.match(ipv6) ?? []).length !== 1 || (config.match(ipv4) ?? []).length !== 1)
    throw new Error('expected one IPv4 and one IPv6 `listen` line');
  return config.replace(ipv6, '').replace(ipv4, (_, indent: string, parameters: string) => {
    if (tls && !parameters.includes('ssl')) throw new Error('the file does not listen with TLS');
    return `${indent}listen 127.0.0.1:${port}${tls ? parameters : ''};`;
  });
}

/** A self-signed certificate for 127.0.0.1, made with openssl in `folder`, for a TLS test of the nginx configs. */
export function selfSignedCertificate(folder: string) {
  const certificate = path.join(folder, 'certificate.pem');
  const key = path.join(folder, 'key.pem');
  const request = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=127.0.0.1';
  const args = [...request.split(' '), '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', certificate];
  const run = spawnSync('openssl', args, { encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(`openssl could not make a test certificate (install openssl): ${run.error?.message ?? run.stderr}`);
  return { certificate, key };
}

/** The file's certificate lines, if it has them, with a self-signed certificate made in `folder`. */
export function withTestCertificate(config: string, folder: string): string {
  if (!/^\s*ssl_certificate\s/m.test(config)) return config;
  const tls = selfSignedCertificate(folder);
  return replaceLine(replaceLine(config, 'ssl_certificate', tls.certificate), 'ssl_certificate_key', tls.key);
}
