"""Classic declarative: users, posts and comments with foreign keys,
unique/index flags, server defaults, a check and a composite unique."""
import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False, unique=True)
    handle = Column(String(30), nullable=False, index=True)
    active = Column(Boolean, nullable=False, server_default=text("true"))
    created_at = Column(DateTime, server_default=func.now())

    posts = relationship("Post", back_populates="author")

    def __repr__(self):
        return f"<User {self.handle}>"


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("author_id", "slug", name="uq_posts_author_slug"),
        CheckConstraint("length(slug) > 0", name="ck_posts_slug"),
    )

    id = Column(Integer, primary_key=True)
    author_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    slug = Column(String(80), nullable=False)
    body = Column(Text)
    published = Column(Boolean, default=False)
    score = Column("post_score", Integer, server_default="0")

    author = relationship("User", back_populates="posts")


class Comment(Base):
    __tablename__ = "comments"

    id = Column(Integer, primary_key=True)
    post_id = Column(Integer, ForeignKey(Post.id), index=True)
    parent_id = Column(Integer, ForeignKey("comments.id", ondelete="SET NULL"))
    text = Column(Text, nullable=False)
    created_at = Column(DateTime, default=datetime.datetime.utcnow)
