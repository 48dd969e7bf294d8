export { clipToSpans, existenceDays, inSpans, type DaySpan } from './existence';
export { memberStanding, membershipDays, type MemberStanding } from './membership';
export { memberIdsAt, pactMembersAt, type MemberAtDate, type PactMembersAt } from './pactMembers';
export { occupationAt, occupationDays, occupiedAt, type OccupationDays } from './occupation';
