import type { CertificationType } from '@/gql/graphql';
import { certificateLabels } from '@/lib/labels';
import { Badge } from './badge';

/**
 * The credential a resource leads to, or nothing when it leads to none.
 * @example <CertificateBadge certification certificationType="PROFESSIONAL" /> // Professional certificate
 */
export function CertificateBadge({
  certification,
  certificationType,
}: {
  certification: boolean;
  certificationType: CertificationType;
}) {
  return certification ? <Badge>{certificateLabels[certificationType]}</Badge> : null;
}
