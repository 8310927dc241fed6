import type { MetricObjectWithValues, MetricValue } from 'prom-client';

/** What a shard answers the manager's probe with, over the process channel. */
export interface ShardProbe {
  studyGraph: 'probe';
  nonce: number;
  /** Connected to Discord and the store answering. */
  ready: boolean;
  /** The shard's metrics, for the manager to add up (prom-client's JSON form). */
  metrics: MetricObjectWithValues<MetricValue<string>>[];
}

/** The manager's question to a shard. */
export interface ShardProbeRequest {
  studyGraph: 'probe';
  nonce: number;
}

export function isProbeRequest(message: unknown): message is ShardProbeRequest {
  const m = message as Partial<ShardProbeRequest> | null;
  return m?.studyGraph === 'probe' && typeof m.nonce === 'number';
}

export function isProbe(message: unknown): message is ShardProbe {
  return isProbeRequest(message) && Array.isArray((message as Partial<ShardProbe>).metrics);
}

/**
 * In a shard process: answers the manager's probes (readiness and metrics), since the manager, not
 * each shard, serves `/readyz` and `/metrics`. Returns the function that stops answering.
 */
export function answerProbes(
  ready: () => Promise<boolean>,
  metrics: () => Promise<ShardProbe['metrics']>,
): () => void {
  const onMessage = (message: unknown) => {
    if (!isProbeRequest(message) || isProbe(message)) return;
    void Promise.all([ready().catch(() => false), metrics()]).then(([isReady, values]) => {
      const probe: ShardProbe = {
        studyGraph: 'probe',
        nonce: message.nonce,
        ready: isReady,
        metrics: values,
      };
      process.send?.(probe);
    });
  };
  process.on('message', onMessage);
  return () => process.off('message', onMessage);
}
