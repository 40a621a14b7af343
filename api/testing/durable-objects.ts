import { StateObject, type DurableObjectNamespace, type DurableObjectState } from '../store/durable.js';

/** A namespace of StateObjects over in-memory storage: one object per name, as Cloudflare routes them. */
export function namespace() {
  const objects = new Map<string, StateObject>();
  const names: string[] = [];
  const storage = (): DurableObjectState['storage'] => {
    const m = new Map<string, unknown>();
    let alarm: number | null = null;
    return {
      get: async <T>(k: string) => m.get(k) as T | undefined,
      put: async (k, v) => void m.set(k, structuredClone(v)),
      delete: async (k) => m.delete(k),
      list: async <T>(o?: { prefix?: string }) => new Map([...m].filter(([k]) => k.startsWith(o?.prefix ?? '')).sort() as [string, T][]),
      getAlarm: async () => alarm,
      setAlarm: async (t) => void (alarm = t),
    };
  };
  const ns: DurableObjectNamespace = {
    idFromName: (n) => n,
    get: (id) => {
      const name = id as string;
      let o = objects.get(name);
      if (!o) objects.set(name, (o = new StateObject({ storage: storage() })));
      return { fetch: (req, init) => (names.push(name), o!.fetch(new Request(req as string, init))) };
    },
  };
  return { ns, names, objects };
}

