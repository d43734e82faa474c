-- Contacts: one interaction each, the raw material of every KPI.
create sequence contact_seq start with 1 increment by 50;

create table contact (
    id                bigint      not null,
    version           bigint      not null,
    channel           varchar(10) not null,
    direction         varchar(10) not null,
    customer_id       bigint,
    agent_id          bigint,
    case_id           bigint,
    team_id           bigint,
    arrived_at        timestamp(6) with time zone not null,
    offered_at        timestamp(6) with time zone,
    answered_at       timestamp(6) with time zone,
    first_response_at timestamp(6) with time zone,
    ended_at          timestamp(6) with time zone,
    wait_seconds      bigint,
    talk_seconds      bigint      not null,
    hold_seconds      bigint      not null,
    wrap_up_seconds   bigint      not null,
    abandoned         boolean     not null,
    transferred       boolean     not null,
    escalated         boolean     not null,
    reason_code       varchar(60),
    disposition       varchar(60),
    notes             varchar(20000),
    csat              integer,
    effort            integer,
    constraint contact_pk primary key (id),
    constraint contact_customer_fk foreign key (customer_id) references customer (id),
    constraint contact_agent_fk foreign key (agent_id) references agent (id),
    constraint contact_case_fk foreign key (case_id) references support_case (id),
    constraint contact_team_fk foreign key (team_id) references team (id),
    constraint contact_channel_ck check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB')),
    constraint contact_direction_ck check (direction in ('INBOUND', 'OUTBOUND')),
    constraint contact_durations_ck check (talk_seconds >= 0 and hold_seconds >= 0 and wrap_up_seconds >= 0 and (wait_seconds is null or wait_seconds >= 0)),
    constraint contact_order_ck check (ended_at is null or ended_at >= arrived_at),
    constraint contact_abandoned_ck check (not (abandoned and answered_at is not null)),
    constraint contact_csat_ck check (csat is null or csat between 1 and 5),
    constraint contact_effort_ck check (effort is null or effort between 1 and 7)
);

create index contact_arrived_ix on contact (arrived_at, id);
create index contact_customer_ix on contact (customer_id, arrived_at);
create index contact_agent_ix on contact (agent_id, arrived_at);
create index contact_case_ix on contact (case_id);
