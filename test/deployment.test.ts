import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import semver from 'semver';
import { parse, parseAllDocuments } from 'yaml';
import { describeConfig, loadConfig } from '../config';
import { API_INSTANCES, WORKERS } from '../deploy/production/manager';
import { servicePorts, temporalEnv, temporalSchemaSteps, temporalServiceArgs } from '../deploy/production/topology';

// The real-host deployment files of the production shape (deploy/production: the two Dockerfiles, compose.yaml and
// kubernetes/) against the path the suite runs, `npm run production:local` (manager.ts, topology.ts): the same
// Temporal Server version, the same command line, ports and environment for each Temporal service, the same schema
// steps, as many workers and API instances, and only settings the platform and Temporal's configuration read. The
// Temporal configuration itself is rendered and its dynamic config validated by the server binary that
// deploy/production/install-temporal-server.sh builds (never skipped: without it the suite fails and says so).

const exec = promisify(execFile);
const root = path.join(__dirname, '..');
const production = path.join(root, 'deploy', 'production');
const temporalRoot = path.join(production, 'temporal');
const read = (...p: string[]) => fs.readFileSync(path.join(production, ...p), 'utf8');
const DEFAULT_ADDRESS = '127.0.0.1:7233';

const installScript = read('install-temporal-server.sh');
const dockerfile = read('Dockerfile');
const temporalDockerfile = read('Dockerfile.temporal');
const productionYaml = fs.readFileSync(path.join(temporalRoot, 'config', 'production.yaml'), 'utf8');
const managerSource = read('manager.ts');

/** The one capture of `re` in `text`, or a failure naming what was looked for. */
function one(text: string, re: RegExp, what: string): string {
  const m = re.exec(text);
  if (!m) throw new Error(`no ${what} (${re})`);
  return m[1];
}

const version = one(installScript, /^version="([^"]+)"/m, 'version= in install-temporal-server.sh');
/** Where Dockerfile.temporal puts the folder holding config/ (its working directory), and the PostgreSQL schemas. */
const imageRoot = one(temporalDockerfile, /^WORKDIR\s+(\S+)/m, 'WORKDIR in Dockerfile.temporal');
const imageSchemas = one(temporalDockerfile, /^COPY --from=build \S+\/schema\/postgresql\s+(\S+)/m, 'schema COPY in Dockerfile.temporal');

// compose.yaml uses YAML merge keys (<<) for what its services share, as Compose reads them.
const compose = parse(read('compose.yaml'), { merge: true });
const kustomization = parse(read('kubernetes', 'kustomization.yaml'));
const manifests: any[] = kustomization.resources.flatMap((file: string) =>
  parseAllDocuments(read('kubernetes', file))
    .map((d) => d.toJS())
    .filter(Boolean),
);
const manifest = (kind: string, name: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/production/kubernetes`);
  return found;
};
const container = (kind: string, name: string) => manifest(kind, name).spec.template.spec.containers[0];
const configMap = (name: string): Record<string, string> => manifest('ConfigMap', name).data;
const secret = (name: string): Record<string, string> => manifest('Secret', name).stringData;
/** A Kubernetes container's environment: its ConfigMaps and Secrets (envFrom), then its own env entries. */
function k8sEnv(c: any): Record<string, unknown> {
  const env: Record<string, unknown> = {};
  for (const from of c.envFrom ?? []) Object.assign(env, from.configMapRef ? configMap(from.configMapRef.name) : secret(from.secretRef.name));
  for (const e of c.env ?? []) env[e.name] = e.value ?? e.valueFrom;
  return env;
}

const services = servicePorts(DEFAULT_ADDRESS);
/** The names production.yaml reads: `env "X"` (or `.Env.X`) in its template. */
const yamlReads = [...new Set([...productionYaml.matchAll(/\benv\s+"(\w+)"|\.Env\.(\w+)/g)].map((m) => m[1] ?? m[2]))].sort();
const defaultEnv = temporalEnv(loadConfig({ TEMPORAL_ADDRESS: DEFAULT_ADDRESS }), {});

/** Compose's and Kubernetes' Temporal service containers: their command line and environment. */
function temporalContainers() {
  return services.flatMap((s) => {
    const c = compose.services[`temporal-${s.name}`];
    const k = container('Deployment', `temporal-${s.name}`);
    return [
      { where: `compose temporal-${s.name}`, service: s, entrypoint: c.entrypoint, args: c.command, env: c.environment as Record<string, unknown>, ports: (c.expose as string[]).map(Number) },
      { where: `kubernetes temporal-${s.name}`, service: s, entrypoint: k.command, args: k.args, env: k8sEnv(k), ports: k.ports.map((p: any) => p.containerPort) },
    ];
  });
}

/** The platform image's containers in compose and Kubernetes, with their environment. */
function platformContainers() {
  const fromCompose = Object.entries<any>(compose.services)
    .filter(([, s]) => /^zongjian:/.test(s.image))
    .map(([name, s]) => ({ where: `compose ${name}`, env: s.environment as Record<string, unknown> }));
  const fromKubernetes = manifests
    .filter((m) => ['Deployment', 'Job'].includes(m.kind) && /^zongjian:/.test(m.spec.template.spec.containers[0].image))
    .map((m) => ({ where: `kubernetes ${m.kind} ${m.metadata.name}`, env: k8sEnv(m.spec.template.spec.containers[0]) }));
  return [...fromCompose, ...fromKubernetes];
}

/** Words of one shell command line: double quotes grouped and removed (all the schema scripts use). */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

/** The temporal-server built by install-temporal-server.sh, of this version; a failure telling how to build it. */
function temporalServer(): string {
  const bin = path.join(root, '.tools', 'bin', 'temporal-server');
  const built = fs.existsSync(path.join(root, '.tools', 'temporal-server.version')) ? fs.readFileSync(path.join(root, '.tools', 'temporal-server.version'), 'utf8').trim() : null;
  if (!fs.existsSync(bin) || built !== version) {
    throw new Error(`${bin} (Temporal Server v${version}) is missing${built ? `: v${built} is built` : ''}; run \`bash deploy/production/install-temporal-server.sh\``);
  }
  return bin;
}

/** production.yaml rendered by the server itself for `env`: the configuration it would start with. */
const renderConfig = (env: NodeJS.ProcessEnv) =>
  execFileSync(temporalServer(), ['--root', temporalRoot, '--config', 'config', '--env', 'production', 'render-config'], { cwd: temporalRoot, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the production shape on real hosts (deploy/production)', () => {
  it('builds the Temporal Server version install-temporal-server.sh builds for npm run production:local', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(one(temporalDockerfile, /^ARG TEMPORAL_VERSION=(\S+)/m, 'ARG TEMPORAL_VERSION')).toBe(version);
    // The same two commands of the same module.
    for (const cmd of ['server', 'tools/sql']) expect(temporalDockerfile).toContain(`go install "go.temporal.io/server/cmd/${cmd}@v\${TEMPORAL_VERSION}"`);
    // Images tagged with it, and built with it.
    const temporalServices = Object.values<any>(compose.services).filter((s) => /^zongjian-temporal:/.test(s.image));
    expect(temporalServices).toHaveLength(services.length + 1);
    for (const s of temporalServices) expect([s.image, s.build.args.TEMPORAL_VERSION]).toEqual([`zongjian-temporal:${version}`, version]);
    const temporalImages = manifests.filter((m) => m.spec?.template).map((m) => m.spec.template.spec.containers[0].image).filter((i: string) => i.startsWith('zongjian-temporal:'));
    expect(temporalImages).toHaveLength(services.length + 1);
    for (const image of temporalImages) expect(image).toBe(`zongjian-temporal:${version}`);
  });

  it('runs Node.js 24, which package.json engines admits', () => {
    // The build and the runtime stage alike.
    expect([...dockerfile.matchAll(/^FROM\s+node:(\S+)/gm)].map((m) => m[1])).toEqual(['24-bookworm-slim', '24-bookworm-slim']);
    const engines: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
    expect(semver.satisfies('24.0.0', engines)).toBe(true);
    // And the line CI installs beside the machine's (.ci/run, deploy/install-node.sh).
    expect(fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8')).toContain('bash deploy/install-node.sh 24');
  });

  it('names images without a registry host, so they resolve wherever the operator pulls from', () => {
    const images = [
      ...[...dockerfile.matchAll(/^FROM\s+(\S+)/gm), ...temporalDockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]),
      ...Object.values<any>(compose.services).map((s) => s.image),
      ...manifests.filter((m) => m.spec?.template).map((m) => m.spec.template.spec.containers[0].image),
    ];
    expect(images.filter((i) => /^[^/]+[.:][^/]*\//.test(i))).toEqual([]);
  });

  it('starts each Temporal service with manager.ts’s command line, and it listens on the ports servicePorts() gives', () => {
    // The image's working directory holds config/ and is the --root: the dynamic config's path is relative to it.
    expect(temporalDockerfile).toMatch(new RegExp(`^COPY deploy/production/temporal/config ${imageRoot}/config$`, 'm'));
    expect(temporalDockerfile).toMatch(/^ENTRYPOINT \["temporal-server"\]$/m);
    expect(managerSource).toMatch(/temporalServiceArgs\(temporalRoot, service\.name\), \{\s*cwd: temporalRoot,/);
    for (const c of temporalContainers()) {
      expect([c.where, c.entrypoint, c.args]).toEqual([c.where, undefined, temporalServiceArgs(imageRoot, c.service.name)]);
      const { grpcPort, membershipPort, metricsPort } = c.service;
      expect([c.where, ...[grpcPort, membershipPort, metricsPort].map((p) => c.ports.includes(p))]).toEqual([c.where, true, true, true]);
      expect([c.where, c.env.TEMPORAL_METRICS_PORT]).toEqual([c.where, String(metricsPort)]);
    }
    // Clients reach the frontend at the address the platform is given.
    expect(compose.services.api.environment.TEMPORAL_ADDRESS).toBe(`temporal-frontend:${services.find((s) => s.name === 'frontend')!.grpcPort}`);
    expect(configMap('zongjian-env').TEMPORAL_ADDRESS).toBe(compose.services.api.environment.TEMPORAL_ADDRESS);
    expect(manifest('Service', 'temporal-frontend').spec.ports[0].port).toBe(7233);
  });

  it('gives the Temporal services only settings temporalEnv() makes or production.yaml reads, and all that production.yaml reads', () => {
    expect(yamlReads.length).toBeGreaterThan(10);
    // What npm run production:local sets is read, so the names here are one list.
    expect(Object.keys(defaultEnv).filter((k) => !yamlReads.includes(k))).toEqual([]);
    const known = new Set([...yamlReads, ...Object.keys(defaultEnv)]);
    const schemaJobs = [
      { where: 'compose temporal-schema', env: compose.services['temporal-schema'].environment },
      { where: 'kubernetes temporal-schema', env: k8sEnv(container('Job', 'temporal-schema')) },
    ];
    for (const c of [...temporalContainers(), ...schemaJobs]) {
      expect([c.where, Object.keys(c.env).filter((k) => !known.has(k))]).toEqual([c.where, []]);
    }
    for (const c of temporalContainers()) {
      expect([c.where, yamlReads.filter((k) => !(k in c.env))]).toEqual([c.where, []]);
      // The ports and databases are those of the tested path; the addresses are each container's own.
      for (const [k, v] of Object.entries(defaultEnv)) {
        if (/^TEMPORAL_(FRONTEND|HISTORY|MATCHING|WORKER)_|^TEMPORAL_(DB_PORT|DB|VISIBILITY_DB)$/.test(k)) expect([c.where, k, c.env[k]]).toEqual([c.where, k, v]);
      }
      expect([c.where, c.env.TEMPORAL_BIND_IP]).toEqual([c.where, '0.0.0.0']);
    }
    // Temporal takes only an IP as the membership broadcast address: compose's fixed one, Kubernetes' pod IP.
    const { subnet } = compose.networks.default.ipam.config[0];
    for (const s of services) {
      const c = compose.services[`temporal-${s.name}`];
      const address = c.environment.TEMPORAL_BROADCAST_ADDRESS;
      expect([s.name, net.isIPv4(address), c.networks.default.ipv4_address, address.split('.').slice(0, 3).join('.')]).toEqual([s.name, true, address, subnet.split('.').slice(0, 3).join('.')]);
      expect(k8sEnv(container('Deployment', `temporal-${s.name}`)).TEMPORAL_BROADCAST_ADDRESS).toEqual({ fieldRef: { fieldPath: 'status.podIP' } });
    }
  });

  it('gives the platform’s containers only settings config/ reads, and values it accepts', () => {
    const keys = new Set(describeConfig().map((c) => c.key));
    const imageEnv = [...dockerfile.matchAll(/^ENV\s+(\w+)=(\S+)/gm)].map((m) => m[1]);
    // NODE_ENV is Express's, not a setting of the platform.
    expect(imageEnv.filter((k) => !keys.has(k) && k !== 'NODE_ENV')).toEqual([]);
    const containers = platformContainers();
    expect(containers.length).toBeGreaterThanOrEqual(8);
    for (const c of containers) {
      expect([c.where, Object.keys(c.env).filter((k) => !keys.has(k))]).toEqual([c.where, []]);
      // Compose's ${VAR:?message} interpolations stand for a password here.
      const env = Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, String(v).replace(/\$\{[^}]*\}/g, 'secret')]));
      const config = loadConfig(env);
      expect([c.where, config.DATABASE_URL.startsWith('mysql://')]).toEqual([c.where, true]);
    }
  });

  it(`runs ${WORKERS} workers and ${API_INSTANCES} API instances behind one address, as manager.ts does`, () => {
    expect([compose.services.worker.deploy.replicas, compose.services.api.deploy.replicas]).toEqual([WORKERS, API_INSTANCES]);
    expect([manifest('Deployment', 'zongjian-worker').spec.replicas, manifest('Deployment', 'zongjian-api').spec.replicas]).toEqual([WORKERS, API_INSTANCES]);
    // The entry points manager.ts starts (dist/worker/main.js, dist/api/main.js); the API is the image's default.
    expect(managerSource).toContain("path.join(dist, 'worker', 'main.js')");
    expect(managerSource).toContain("exec: path.join(dist, 'api', 'main.js')");
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/api\/main.js"\]$/m);
    expect([compose.services.worker.command, container('Deployment', 'zongjian-worker').args]).toEqual([['node', 'dist/worker/main.js'], ['node', 'dist/worker/main.js']]);
    expect([compose.services.api.command, container('Deployment', 'zongjian-api').args]).toEqual([['node', 'dist/api/main.js'], ['node', 'dist/api/main.js']]);
    // One address: compose's proxy sends to every `api` replica, Kubernetes' Service selects every API pod.
    expect(compose.configs.nginx.content).toMatch(/server api:8080 resolve;/);
    const api = manifest('Deployment', 'zongjian-api');
    expect(manifest('Service', 'zongjian-api').spec.selector).toEqual(api.spec.template.metadata.labels);
    expect(api.spec.template.spec.containers[0].readinessProbe.httpGet.path).toBe('/readyz');
  });

  it('sets up the Temporal schema with manager.ts’s temporal-sql-tool steps', () => {
    // The supervisor (and a test run's cluster) sets the schema up through temporalServer.ts, which runs these steps.
    expect(managerSource).toContain('await setUpTemporalSchema(tools, env,');
    expect(read('temporalServer.ts')).toContain('for (const { database, steps } of temporalSchemaSteps(env, schemas))');
    // The connection comes from the job's environment (the names temporalEnv() sets), each database in turn.
    const placeholders = Object.fromEntries(['TEMPORAL_DB_HOST', 'TEMPORAL_DB_PORT', 'TEMPORAL_DB_USER', 'TEMPORAL_DB_PASSWORD', 'TEMPORAL_DB', 'TEMPORAL_VISIBILITY_DB'].map((k) => [k, `$${k}`]));
    const expected = temporalSchemaSteps(placeholders, path.posix.join(imageSchemas, 'v12')).flatMap((d) => d.steps.map((args) => ['temporal-sql-tool', ...args]));
    expect(expected).toHaveLength(6);
    const composeJob = compose.services['temporal-schema'];
    const k8sJob = container('Job', 'temporal-schema');
    const scripts = [
      { where: 'compose', entrypoint: composeJob.entrypoint, script: (composeJob.command[0] as string).replace(/\$\$/g, '$') },
      { where: 'kubernetes', entrypoint: k8sJob.command, script: k8sJob.args[0] as string },
    ];
    for (const s of scripts) {
      // sh -e: a failed step stops the job before the next.
      expect([s.where, s.entrypoint]).toEqual([s.where, ['/bin/sh', '-ec']]);
      expect([s.where, s.script.trim().split('\n').map(words)]).toEqual([s.where, expected]);
    }
    // Kubernetes would expand $(NAME) in args itself.
    expect(k8sJob.args[0]).not.toContain('$(');
    // The Temporal services wait for it in compose.
    for (const s of services) expect(compose.services[`temporal-${s.name}`].depends_on['temporal-schema']).toEqual({ condition: 'service_completed_successfully' });
  });

  it('refuses a frontend port whose services would take a membership port PostgreSQL cannot keep', () => {
    // Temporal's schema keeps a member's port as a smallint: a service on a port above 32767 would fail at start.
    expect(Math.max(...servicePorts('127.0.0.1:33061').map((s) => s.membershipPort))).toBe(32_767);
    expect(() => servicePorts('127.0.0.1:33062')).toThrow('TEMPORAL_ADDRESS must be host:port with a port from 1324 to 33061');
    expect(() => servicePorts('127.0.0.1:1000')).toThrow('from 1324 to 33061');
    expect(() => servicePorts('temporal')).toThrow('from 1324 to 33061');
  });

  it('registers the namespace as manager.ts does, before workers and API instances start', async () => {
    const command = ['node', 'dist/deploy/production/manager.js', 'namespace'];
    expect(compose.services['temporal-namespace'].command).toEqual(command);
    expect(container('Job', 'temporal-namespace').args).toEqual(command);
    for (const s of ['worker', 'api']) expect(compose.services[s].depends_on).toMatchObject({ 'temporal-namespace': { condition: 'service_completed_successfully' }, migrate: { condition: 'service_completed_successfully' } });
    expect(container('Job', 'zongjian-migrate').args).toEqual(['node', 'dist/cli/index.js', 'db', 'migrate']);

    // Run as the image runs it (from the folder holding dist/) against the suite's Temporal: it registers the
    // namespace with 30 days of closed histories, and a second run finds it there and succeeds.
    if (!fs.existsSync(path.join(root, command[1]))) throw new Error(`${command[1]} is missing: run \`npm run build:server\``);
    const namespace = `deployment-${process.pid}-${Date.now()}`;
    const env = { PATH: process.env.PATH, TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS!, TEMPORAL_NAMESPACE: namespace };
    expect((await exec(command[0], command.slice(1), { cwd: root, env })).stdout).toContain(`Temporal namespace ${namespace} registered`);
    expect((await exec(command[0], command.slice(1), { cwd: root, env })).stdout).toContain(`Temporal namespace ${namespace}: ready`);
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
    try {
      const described = await connection.workflowService.describeNamespace({ namespace });
      expect(Number(described.config?.workflowExecutionRetentionTtl?.seconds)).toBe(30 * 24 * 3600);
    } finally {
      await connection.close();
    }
  });

  it('has a Temporal configuration the server renders with temporalEnv(), and valid dynamic config', () => {
    const rendered = renderConfig(defaultEnv);
    for (const s of services) {
      expect(rendered).toMatch(new RegExp(`grpcPort: ${s.grpcPort}\\b`));
      expect(rendered).toMatch(new RegExp(`membershipPort: ${s.membershipPort}\\b`));
    }
    expect(rendered).toContain(`${defaultEnv.TEMPORAL_DB_HOST}:${defaultEnv.TEMPORAL_DB_PORT}`);
    // And with the environment compose and Kubernetes give the frontend (passwords and pod IP stood in for).
    const composeFrontend = compose.services['temporal-frontend'].environment as Record<string, string>;
    const k8sFrontend = k8sEnv(container('Deployment', 'temporal-frontend'));
    for (const env of [composeFrontend, { ...k8sFrontend, TEMPORAL_BROADCAST_ADDRESS: '10.1.2.3' }]) {
      const out = renderConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{[^}]*\}/g, 'secret')])));
      expect(out).toContain(`${env.TEMPORAL_DB_HOST}:5432`);
      expect(out).toContain(`${env.TEMPORAL_BROADCAST_ADDRESS}:7233`);
    }
    const validated = execFileSync(temporalServer(), ['validate-dynamic-config', path.join('config', 'dynamicconfig', 'production.yaml')], { cwd: temporalRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(validated).not.toMatch(/error:|warning:/);
  });
});
