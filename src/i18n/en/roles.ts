import type { RoleId } from '@/domain/questionSet'

/** Who moves first on a step: the roles question set 3 names, as a management team says them. */
export const roles = {
  'senior-sponsor': 'Managing director, or whoever is senior enough to decide',
  'product-lead': 'Head of product management',
  'service-lead': 'Head of the connected service',
  'finance-lead': 'Finance and controlling',
  'sales-lead': 'Head of sales and the retail channel',
  'engineering-lead': 'Head of hardware and firmware',
  'software-lead': 'Head of the service’s software and platform',
  'support-lead': 'Head of customer support',
  'operations-lead': 'Head of production and supply chain',
  'people-lead': 'Head of HR',
} satisfies Record<RoleId, string>
