/**
 * Writes the Prometheus text exposition format (version 0.0.4): one HELP and one TYPE line per
 * family, then its samples, label values escaped. Families are grouped however samples arrive,
 * because the format requires all samples of a family to be contiguous.
 */
export type MetricType = "counter" | "gauge";

interface Family {
  readonly help: string;
  readonly type: MetricType;
  readonly samples: string[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function escapeLabel(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

function escapeHelp(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

export class PrometheusText {
  private readonly families = new Map<string, Family>();

  add(
    name: string,
    type: MetricType,
    help: string,
    labels: Readonly<Record<string, string>>,
    value: number,
  ): void {
    if (!NAME.test(name)) throw new Error(`invalid metric name ${name}`);
    let family = this.families.get(name);
    if (!family) this.families.set(name, family = { help, type, samples: [] });
    else if (family.type !== type) throw new Error(`metric ${name} registered as ${family.type} and ${type}`);
    const pairs = Object.entries(labels).map(([k, v]) => {
      if (!LABEL.test(k) || k.startsWith("__")) throw new Error(`invalid label name ${k}`);
      return `${k}="${escapeLabel(v)}"`;
    });
    family.samples.push(`${name}${pairs.length ? `{${pairs.join(",")}}` : ""} ${formatValue(value)}`);
  }

  render(): string {
    const out: string[] = [];
    for (const [name, f] of this.families) {
      out.push(`# HELP ${name} ${escapeHelp(f.help)}`, `# TYPE ${name} ${f.type}`, ...f.samples);
    }
    return out.length ? out.join("\n") + "\n" : "";
  }
}
