-- SLAs: business calendars, policies per customer tier and priority, and the first-response time of a case.
alter table support_case add column first_responded_at timestamp(6) with time zone;

-- Ids below 1000 are reserved for the reference rows inserted here.
create sequence business_calendar_seq start with 1001 increment by 50;

create table business_calendar (
    id        bigint       not null,
    version   bigint       not null,
    name      varchar(100) not null,
    time_zone varchar(60)  not null,
    constraint business_calendar_pk primary key (id),
    constraint business_calendar_name_uq unique (name)
);

create table calendar_working_hours (
    calendar_id bigint     not null,
    day_of_week varchar(9) not null,
    opens_at    time       not null,
    closes_at   time       not null,
    constraint calendar_working_hours_pk primary key (calendar_id, day_of_week),
    constraint calendar_working_hours_calendar_fk foreign key (calendar_id) references business_calendar (id)
);

create table calendar_holiday (
    calendar_id  bigint       not null,
    holiday_date date         not null,
    name         varchar(100) not null,
    constraint calendar_holiday_pk primary key (calendar_id, holiday_date),
    constraint calendar_holiday_calendar_fk foreign key (calendar_id) references business_calendar (id)
);

create sequence sla_policy_seq start with 1001 increment by 50;

create table sla_policy (
    id                     bigint      not null,
    version                bigint      not null,
    value_tier             varchar(20) not null,
    priority               varchar(2)  not null,
    first_response_minutes bigint      not null,
    resolution_minutes     bigint      not null,
    warning_percent        integer     not null,
    calendar_id            bigint      not null,
    constraint sla_policy_pk primary key (id),
    constraint sla_policy_tier_priority_uq unique (value_tier, priority),
    constraint sla_policy_calendar_fk foreign key (calendar_id) references business_calendar (id),
    constraint sla_policy_targets_ck check (first_response_minutes > 0 and resolution_minutes >= first_response_minutes),
    constraint sla_policy_warning_ck check (warning_percent between 1 and 99)
);

-- A round-the-clock calendar and a policy for every tier and priority, so every case has an SLA from the start.
insert into business_calendar (id, version, name, time_zone) values (1, 0, 'Around the clock', 'UTC');
insert into calendar_working_hours (calendar_id, day_of_week, opens_at, closes_at) values
    (1, 'MONDAY', time '00:00:00', time '00:00:00'),
    (1, 'TUESDAY', time '00:00:00', time '00:00:00'),
    (1, 'WEDNESDAY', time '00:00:00', time '00:00:00'),
    (1, 'THURSDAY', time '00:00:00', time '00:00:00'),
    (1, 'FRIDAY', time '00:00:00', time '00:00:00'),
    (1, 'SATURDAY', time '00:00:00', time '00:00:00'),
    (1, 'SUNDAY', time '00:00:00', time '00:00:00');

insert into sla_policy (id, version, value_tier, priority, first_response_minutes, resolution_minutes, warning_percent, calendar_id) values
    (1, 0, 'PLATINUM', 'P1', 15, 240, 75, 1),
    (2, 0, 'PLATINUM', 'P2', 30, 480, 75, 1),
    (3, 0, 'PLATINUM', 'P3', 60, 1440, 75, 1),
    (4, 0, 'PLATINUM', 'P4', 240, 2880, 75, 1),
    (5, 0, 'GOLD', 'P1', 30, 480, 75, 1),
    (6, 0, 'GOLD', 'P2', 60, 960, 75, 1),
    (7, 0, 'GOLD', 'P3', 120, 2880, 75, 1),
    (8, 0, 'GOLD', 'P4', 480, 5760, 75, 1),
    (9, 0, 'SILVER', 'P1', 60, 960, 75, 1),
    (10, 0, 'SILVER', 'P2', 120, 1440, 75, 1),
    (11, 0, 'SILVER', 'P3', 240, 4320, 75, 1),
    (12, 0, 'SILVER', 'P4', 480, 7200, 75, 1),
    (13, 0, 'STANDARD', 'P1', 60, 1440, 75, 1),
    (14, 0, 'STANDARD', 'P2', 240, 2880, 75, 1),
    (15, 0, 'STANDARD', 'P3', 480, 5760, 75, 1),
    (16, 0, 'STANDARD', 'P4', 1440, 10080, 75, 1);
