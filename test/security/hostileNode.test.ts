/**
 * The red-team run of issue 9, as a test: a hostile operator puts a capture listener in front of one
 * member's node (here Laos) and records everything the gateway sends it during ordinary lookups, by a
 * Thai analyst and by a Lao analyst. Everything it received, every header and the body, is then replayed
 * at the gateway, at every node (its own included) and at the hub: all of it is refused with 401, and no
 * analyst is impersonated (nothing is answered, nothing is audited).
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { loadGatewayConfig } from '../../gateway/config.js';
import { buildGateway, type GatewayServer } from '../../gateway/buildGateway.js';
import { closeServer, listen } from '../../shared/http/createHttpServer.js';
import { createLogger } from '../../shared/logger.js';
import { ASSERTION_HEADER } from '../../shared/identity/GatewayAssertion.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const HOSTILE = 'LA';
const phone = '+66 81 777 0101';

interface Captured {
  method: string;
  target: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Hop-by-hop headers fetch sets itself; everything else is replayed as captured. */
const replayable = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding'].includes(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
  );

describe('a hostile node learns nothing it can use elsewhere', () => {
  let fed: Federation;
  let gateway: GatewayServer;
  let gatewayUrl: string;
  let capture: Server;
  const captured: Captured[] = [];
  const tokens: Record<string, string> = {};

  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) => {
        if (!['TH', 'KH', HOSTILE].includes(member.code)) return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-HOSTILE-1`,
            reportedAt: '2026-06-01T10:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 50_000,
            indicators: [{ kind: 'PHONE', value: phone, role: 'CALLER_NUMBER' }],
          },
        ]);
      },
    });
    const realNode = `http://127.0.0.1:${fed.nodes.get(HOSTILE)!.port}`;
    // records every request, then passes it on so the lookup completes as if nothing were wrong
    capture = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        captured.push({ method: req.method!, target: req.url!, headers: req.headers, body });
        fetch(`${realNode}${req.url}`, { method: req.method!, headers: replayable(req.headers), body })
          .then(async (answer) => {
            res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            res.end(await answer.text());
          })
          .catch(() => res.destroy());
      });
    });
    const capturePort = await listen(capture, 0);
    const hostileNs = fed.nodes.get(HOSTILE)!.member.ns;
    const env: Record<string, string> = { DATA_DIR: fed.dir, SUPERGRAPH_PATH: fed.supergraphPath };
    for (const { name, url } of fed.gateway.subgraphs()) {
      env[`SUBGRAPH_URL_${name.toUpperCase()}`] = name === hostileNs ? `http://127.0.0.1:${capturePort}/graphql` : url;
    }
    gateway = await buildGateway(loadGatewayConfig(env), createLogger('test', 'silent'));
    gatewayUrl = `http://127.0.0.1:${await gateway.listen(0)}/graphql`;
    tokens.TH = await fed.token({ member: 'TH', role: 'investigator', subject: 'thai.investigator@test' });
    tokens[HOSTILE] = await fed.token({ member: HOSTILE, role: 'analyst', subject: 'lao.analyst@test' });
  });
  after(async () => {
    await gateway?.close();
    if (capture) await closeServer(capture);
    await fed?.close();
  });

  const auditCounts = async () =>
    Promise.all(
      [...fed.nodes.values()].map(async (n) =>
        Number(((await n.db.dataSource.query('SELECT COUNT(*) AS n FROM audit_log')) as [{ n: number }])[0].n),
      ),
    );

  test('the capture gets no token, and nothing it got works at the gateway, any node or the hub', async () => {
    const lookup = `{ indicator(kind: PHONE, value: "${phone}") {
      id sightings { member { code } reference } coverage { answered unavailable }
      tha { reports { id } } khm { reports { id } } lao { reports { id } } } }`;
    for (const member of ['TH', HOSTILE]) {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[member]}` },
        body: JSON.stringify({ query: lookup }),
      });
      const json = (await res.json()) as { data: { indicator: { coverage: { unavailable: unknown[] } } } };
      assert.equal(res.status, 200, JSON.stringify(json));
      assert.deepEqual(json.data.indicator.coverage.unavailable, [], 'the hostile node answered like any other');
    }
    assert.ok(captured.length >= 2, `captured ${captured.length} requests`);

    // 1. no credential of the analysts reached it
    for (const c of captured) {
      assert.equal(c.headers.authorization, undefined);
      const everything = JSON.stringify(c);
      for (const token of Object.values(tokens)) {
        assert.ok(
          !everything.includes(token.split('.')[2]!),
          'no analyst token, nor its signature, in headers or body',
        );
      }
      assert.ok(c.headers[ASSERTION_HEADER], 'the assertion is what it got instead');
    }

    // 2. everything it got, replayed everywhere, is refused; nothing is answered or audited
    const auditBefore = await auditCounts();
    const hubUrl = fed.gateway.subgraphs().find((s) => s.name === 'hub')!.url;
    const targets = [
      fed.gatewayUrl,
      gatewayUrl,
      hubUrl,
      ...[...fed.nodes.values()].map((n) => `http://127.0.0.1:${n.port}/graphql`), // its own real node too
    ];
    let replays = 0;
    for (const c of captured) {
      const headerValues = Object.values(replayable(c.headers));
      for (const target of targets) {
        const url = new URL(c.target, target).href;
        const attempts: Record<string, string>[] = [
          replayable(c.headers),
          // every captured header value offered as a bearer token, too
          ...headerValues.map((value) => ({ ...replayable(c.headers), authorization: `Bearer ${value}` })),
        ];
        for (const headers of attempts) {
          const res = await fetch(url, { method: c.method, headers, body: c.body });
          const text = await res.text();
          assert.equal(res.status, 401, `${c.method} ${url} answered ${res.status}: ${text.slice(0, 200)}`);
          assert.equal(
            (JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
            'UNAUTHENTICATED',
          );
          replays += 1;
        }
      }
    }
    assert.ok(replays >= captured.length * targets.length);
    assert.deepEqual(await auditCounts(), auditBefore, 'no replay was answered, so none was audited');
  });
});
