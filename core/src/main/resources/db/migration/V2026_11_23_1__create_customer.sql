-- Customers: who contacts the centre and what they are worth (portable across H2 and PostgreSQL).
create sequence customer_seq start with 1 increment by 50;

create table customer (
    id                      bigint        not null,
    version                 bigint        not null,
    name                    varchar(200)  not null,
    email                   varchar(320),
    phone                   varchar(40),
    preferred_language      varchar(35)   not null,
    time_zone               varchar(60)   not null,
    value_tier              varchar(20)   not null,
    annual_revenue_amount   numeric(19, 4),
    annual_revenue_currency varchar(3),
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    constraint customer_pk primary key (id),
    constraint customer_value_tier_ck check (value_tier in ('PLATINUM', 'GOLD', 'SILVER', 'STANDARD')),
    constraint customer_revenue_ck check ((annual_revenue_amount is null) = (annual_revenue_currency is null))
);

create index customer_name_ix on customer (name, id);
