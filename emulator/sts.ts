/**
 * STS GetCallerIdentity. @aws-sdk/client-sts 3.1169 uses the query protocol (form body, XML answer);
 * the JSON 1.0 form (X-Amz-Target: AWSSecurityTokenServiceV20110615.GetCallerIdentity) is answered too.
 */
import { randomUUID } from 'node:crypto';

export const STS_JSON_TARGET_PREFIX = 'AWSSecurityTokenServiceV20110615.';

export interface CallerIdentity {
  readonly UserId: string;
  readonly Account: string;
  readonly Arn: string;
}

export function callerIdentity(account: string): CallerIdentity {
  return {
    UserId: 'AROAEMULATOREXAMPLE01:session',
    Account: account,
    Arn: `arn:aws:sts::${account}:assumed-role/ci/session`,
  };
}

export function callerIdentityXml(identity: CallerIdentity): string {
  return [
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
    '  <GetCallerIdentityResult>',
    `    <Arn>${identity.Arn}</Arn>`,
    `    <UserId>${identity.UserId}</UserId>`,
    `    <Account>${identity.Account}</Account>`,
    '  </GetCallerIdentityResult>',
    `  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>`,
    '</GetCallerIdentityResponse>',
    '',
  ].join('\n');
}

export function stsErrorXml(code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
    `  <Error><Type>${type}</Type><Code>${code}</Code><Message>${escaped}</Message></Error>`,
    `  <RequestId>${randomUUID()}</RequestId>`,
    '</ErrorResponse>',
    '',
  ].join('\n');
}
