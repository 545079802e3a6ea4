/**
 * OCSF severity_id to a Mermaid class: one classDef per severity, so a node's colour says how bad the
 * worst finding touching it is. Dark text on light fills and white on dark ones keep labels legible on
 * GitHub's light and dark themes.
 */
export interface SeverityStyle {
  readonly className: string
  readonly style: string
}

export const SEVERITY_STYLES: Readonly<Record<number, SeverityStyle>> = {
  6: { className: 'fatal', style: 'fill:#450a0a,stroke:#000000,color:#ffffff' },
  5: { className: 'critical', style: 'fill:#7f1d1d,stroke:#450a0a,color:#ffffff' },
  4: { className: 'high', style: 'fill:#dc2626,stroke:#7f1d1d,color:#ffffff' },
  3: { className: 'medium', style: 'fill:#f59e0b,stroke:#92400e,color:#111827' },
  2: { className: 'low', style: 'fill:#bfdbfe,stroke:#1d4ed8,color:#111827' },
  1: { className: 'info', style: 'fill:#e5e7eb,stroke:#6b7280,color:#111827' },
  0: { className: 'unknown', style: 'fill:#ffffff,stroke:#6b7280,color:#111827,stroke-dasharray:4' },
}

export function severityStyleOf(severityId: number): SeverityStyle {
  return SEVERITY_STYLES[severityId] ?? { className: 'unknown', style: SEVERITY_STYLES[0]?.style ?? '' }
}
