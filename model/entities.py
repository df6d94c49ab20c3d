"""The journey map's entities, mapped with SQLAlchemy 2.x typed ORM.

Everything hangs off the single Journey row through plain collections
(`journey.stages`, `journey.cards`, ...). Cards and markers point at their
stage and lane by id only: one owner per object keeps the in-memory
collections and the file in step without bidirectional bookkeeping. The
database still enforces the references (ON DELETE CASCADE) as a safety net.
Read-only commands read the same rows as plain objects (`plain.py`).
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# the values rows may hold, kept where no SQLAlchemy is needed to read them (see `values`)
from .values import CHANNELS, FEELING_MAX, FEELING_MIN, LANE_KINDS, new_uuid  # noqa: F401


class Base(DeclarativeBase):
    pass


class Journey(Base):
    __tablename__ = "journey"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    scenario: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # how opportunities are scored (a key of `scoring.MODELS`), and the matrix's
    # four quadrant names, one a line ("" or an empty line: the default name)
    scoring: Mapped[str] = mapped_column(String(20), default="impact_effort")
    quadrants: Mapped[str] = mapped_column(Text, default="")

    stages: Mapped[list[Stage]] = relationship(
        order_by="Stage.position", cascade="all, delete-orphan")
    lanes: Mapped[list[Lane]] = relationship(
        order_by="Lane.position", cascade="all, delete-orphan")
    cards: Mapped[list[Card]] = relationship(
        order_by="Card.position", cascade="all, delete-orphan")
    markers: Mapped[list[EmotionMarker]] = relationship(
        order_by="EmotionMarker.id", cascade="all, delete-orphan")
    personas: Mapped[list[Persona]] = relationship(
        order_by="Persona.position", cascade="all, delete-orphan")
    links: Mapped[list[CardLink]] = relationship(
        order_by="CardLink.id", cascade="all, delete-orphan")
    action_items: Mapped[list[ActionItem]] = relationship(
        order_by="ActionItem.position", cascade="all, delete-orphan")
    metrics: Mapped[list[Metric]] = relationship(
        order_by="Metric.position", cascade="all, delete-orphan")
    metric_values: Mapped[list[MetricValue]] = relationship(
        order_by="MetricValue.id", cascade="all, delete-orphan")


class Persona(Base):
    __tablename__ = "persona"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    frustrations: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    photo_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("asset.id", ondelete="SET NULL"), default=None)
    # a look of one's own (see `personas`): colour AND line AND marker shape, so
    # curves are told apart in black-and-white print and by colour-blind readers
    colour: Mapped[str] = mapped_column(String(7), default="#0072b2")
    line: Mapped[str] = mapped_column(String(10), default="solid")
    shape: Mapped[str] = mapped_column(String(10), default="circle")


class Stage(Base):
    __tablename__ = "stage"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7), default="#5b7db1")
    width: Mapped[float] = mapped_column(default=240.0)


class Lane(Base):
    __tablename__ = "lane"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="notes")
    height: Mapped[float] = mapped_column(default=90.0)  # a minimum: cards grow the row
    # a lane of one persona ("Maya's actions"); None: everyone's
    persona_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("persona.id", ondelete="SET NULL"), default=None)


class Card(Base):
    __tablename__ = "card"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), index=True)
    lane_id: Mapped[int] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # order within its cell
    text: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[Optional[str]] = mapped_column(String(7), default=None)  # None: lane default
    channel: Mapped[Optional[str]] = mapped_column(String(10), default=None)
    votes: Mapped[int] = mapped_column(default=0)
    asset_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("asset.id", ondelete="SET NULL"), default=None)
    # the personas the card is for: their ids, in persona order, separated by
    # single spaces; "" means everyone (see `rules.personas`)
    personas: Mapped[str] = mapped_column(Text, default="")
    # scores (see `scoring`): None until scored; one scale each whatever the model
    impact: Mapped[Optional[float]] = mapped_column(default=None)
    effort: Mapped[Optional[float]] = mapped_column(default=None)
    reach: Mapped[Optional[float]] = mapped_column(default=None)
    confidence: Mapped[Optional[float]] = mapped_column(default=None)
    ease: Mapped[Optional[float]] = mapped_column(default=None)


class EmotionMarker(Base):
    """A point on a persona's emotion curve: in a stage, `offset` 0..1 across it."""
    __tablename__ = "emotion_marker"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    lane_id: Mapped[int] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), index=True)
    offset: Mapped[float] = mapped_column(default=0.5)
    feeling: Mapped[float] = mapped_column(default=0.0)
    label: Mapped[str] = mapped_column(Text, default="")
    # whose curve: None only on a map with no persona
    persona_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("persona.id", ondelete="CASCADE"), default=None, index=True)
    target: Mapped[int] = mapped_column(default=0)  # 0: as the persona feels today; 1: the future state


class CardLink(Base):
    """An opportunity that addresses a pain point. Links go with either card
    (ON DELETE CASCADE; an operation deleting a card takes its links first and
    keeps them for the undo)."""
    __tablename__ = "card_link"
    __table_args__ = (UniqueConstraint("opportunity_id", "pain_point_id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    pain_point_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)



class ActionItem(Base):
    """What the team will do about a card (an opportunity): who, by when, how far."""
    __tablename__ = "action_item"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # order under its card
    title: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[str] = mapped_column(String(10), default="")  # an ISO date (2026-12-31) or ""
    status: Mapped[str] = mapped_column(String(12), default="not_started")
    tracker_key: Mapped[str] = mapped_column(Text, default="")  # e.g. "CX-142", once a tracker has it


class Metric(Base):
    """A measure the team tracks along the journey (NPS, CSAT, conversion...):
    what good looks like (direction, baseline, target) and who owns it; its
    values are taken per stage (`MetricValue`). See `metrics` for the kinds."""
    __tablename__ = "metric"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="custom")
    unit: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[str] = mapped_column(String(6), default="higher")  # or "lower": which way is better
    baseline: Mapped[Optional[float]] = mapped_column(default=None)
    baseline_date: Mapped[str] = mapped_column(String(10), default="")
    target: Mapped[Optional[float]] = mapped_column(default=None)
    target_date: Mapped[str] = mapped_column(String(10), default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    stale_days: Mapped[int] = mapped_column(default=90)  # a value older than this shows as stale


class MetricValue(Base):
    """One measurement of a metric in a stage: when, what, and of how many (n)."""
    __tablename__ = "metric_value"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    metric_id: Mapped[int] = mapped_column(ForeignKey("metric.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), index=True)
    taken: Mapped[str] = mapped_column(String(10), default="")  # an ISO date
    value: Mapped[float] = mapped_column(default=0.0)
    n: Mapped[Optional[int]] = mapped_column(default=None)  # the sample size, when known


class Asset(Base):
    """Image bytes kept inside the file, stored once per content hash."""
    __tablename__ = "asset"
    __table_args__ = (UniqueConstraint("sha256"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=new_uuid, unique=True, index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    mime: Mapped[str] = mapped_column(String(40), default="image/png")
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
