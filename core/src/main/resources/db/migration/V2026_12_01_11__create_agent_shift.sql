-- The shifts each agent is scheduled to work, against which schedule adherence is measured.
create sequence agent_shift_seq start with 1 increment by 50;

create table agent_shift (
    id        bigint not null,
    agent_id  bigint not null,
    starts_at timestamp(6) with time zone not null,
    ends_at   timestamp(6) with time zone not null,
    constraint agent_shift_pk primary key (id),
    constraint agent_shift_agent_fk foreign key (agent_id) references agent (id),
    constraint agent_shift_order_ck check (ends_at > starts_at)
);

create index agent_shift_agent_ix on agent_shift (agent_id, starts_at);
