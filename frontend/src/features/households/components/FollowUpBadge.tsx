import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialFollowUp } from '../api/types';

/**
 * Says that the social service follows the household, and who: never what about. Proximity
 * agents and colleagues know whom to turn to without reading the file.
 */
export function FollowUpBadge({ followUp }: { followUp: SocialFollowUp }) {
  const { t } = useTranslation('households');
  if (!followUp.active) return null;
  return (
    <Badge variant="outline" color="grape.9" tt="none" size="md" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {followUp.referent
        ? t('followUp.withReferent', { name: followUp.referent.displayName })
        : t('followUp.active')}
    </Badge>
  );
}
