import type { RoleId } from '@/domain/questionSet'

/** Who moves first on a step: the roles question set 3 names, as a management team says them. */
export const roles = {
  'senior-sponsor': 'Geschäftsführung oder wer sonst befugt ist, das zu entscheiden',
  'product-lead': 'Leitung Produktmanagement',
  'service-lead': 'Leitung des vernetzten Service',
  'finance-lead': 'Finanzen und Controlling',
  'sales-lead': 'Leitung Vertrieb und Handel',
  'engineering-lead': 'Leitung Hardware- und Firmware-Entwicklung',
  'software-lead': 'Leitung Software und Plattform des Service',
  'support-lead': 'Leitung Kundensupport',
  'operations-lead': 'Leitung Produktion und Lieferkette',
  'people-lead': 'Leitung Personal',
} satisfies Record<RoleId, string>
