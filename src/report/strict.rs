//! A deserializer wrapper that sits between serde_path_to_error and serde_json while a
//! report is read. It changes two things and forwards everything else unchanged:
//!
//! - **Unknown fields are noted.** When a struct skips the value of a key it does not know,
//!   the wrapper records where: the structural path, one index per level (the n-th entry of
//!   an object, the n-th element of an array). The loader turns these into warnings, with
//!   the key's name, path, line and column found by [`super::scan`].
//! - **A struct must be written as an object.** serde's derived structs also accept an array
//!   of their fields in order (`"body": ["某县", "county", "某县"]`); a report file never
//!   means that, so it is refused as the wrong type.
//!
//! Skipped values are handed to serde_json's own skipping, which does not recurse, so the
//! wrapper adds no recursion of its own; what the model reads nests only as deep as the
//! model does.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// At most this many unknown fields are recorded one by one; the others are counted.
pub(crate) const MAX_RECORDED: usize = 50;

/// Where a value is: a persistent list, so that each value's path costs one allocation.
#[derive(Clone, Default)]
pub(crate) struct Path(Option<Rc<Node>>);

struct Node {
    parent: Path,
    index: usize,
    in_object: bool,
}

impl Path {
    fn child(&self, index: usize, in_object: bool) -> Path {
        Path(Some(Rc::new(Node {
            parent: self.clone(),
            index,
            in_object,
        })))
    }

    fn in_object(&self) -> bool {
        self.0.as_ref().is_some_and(|n| n.in_object)
    }

    /// The indices from the top level down.
    fn indices(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = &self.0;
        while let Some(node) = at {
            out.push(node.index);
            at = &node.parent.0;
        }
        out.reverse();
        out
    }
}

/// The unknown fields met: the first [`MAX_RECORDED`] by structural path, and how many in
/// all.
#[derive(Default)]
pub(crate) struct Unknown {
    pub(crate) recorded: RefCell<Vec<Vec<usize>>>,
    pub(crate) count: RefCell<usize>,
}

impl Unknown {
    fn note(&self, path: &Path) {
        let mut count = self.count.borrow_mut();
        *count += 1;
        if *count <= MAX_RECORDED {
            self.recorded.borrow_mut().push(path.indices());
        }
    }
}

pub(crate) struct Strict<'t, D> {
    de: D,
    path: Path,
    unknown: &'t Unknown,
}

impl<'t, D> Strict<'t, D> {
    pub(crate) fn new(de: D, unknown: &'t Unknown) -> Self {
        Strict {
            de,
            path: Path::default(),
            unknown,
        }
    }
}

struct Wrap<'t, V> {
    visitor: V,
    path: Path,
    unknown: &'t Unknown,
}

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.de.$method($($arg,)* Wrap { visitor, path: self.path, unknown: self.unknown })
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<'_, D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
    }

    /// Read as a map: an array where a struct belongs is the wrong type.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.de.deserialize_map(Wrap {
            visitor,
            path: self.path,
            unknown: self.unknown,
        })
    }

    /// A value skipped as the value of an object's key is an unknown field.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        if self.path.in_object() {
            self.unknown.note(&self.path);
        }
        self.de.deserialize_ignored_any(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty);)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.visitor.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.visitor.expecting(f)
    }

    forward_visit! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_string(String);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Strict {
            de,
            path: self.path,
            unknown: self.unknown,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(Strict {
            de,
            path: self.path,
            unknown: self.unknown,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(StrictSeq {
            seq,
            path: self.path,
            unknown: self.unknown,
            index: 0,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(StrictMap {
            map,
            path: self.path,
            unknown: self.unknown,
            next: 0,
        })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(StrictEnum {
            data,
            path: self.path,
            unknown: self.unknown,
        })
    }
}

/// A seed whose deserializer is wrapped at `path`.
struct Seed<'t, S> {
    seed: S,
    path: Path,
    unknown: &'t Unknown,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Strict {
            de,
            path: self.path,
            unknown: self.unknown,
        })
    }
}

struct StrictSeq<'t, A> {
    seq: A,
    path: Path,
    unknown: &'t Unknown,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for StrictSeq<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        let path = self.path.child(self.index, false);
        self.index += 1;
        self.seq.next_element_seed(Seed {
            seed,
            path,
            unknown: self.unknown,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.seq.size_hint()
    }
}

struct StrictMap<'t, A> {
    map: A,
    path: Path,
    unknown: &'t Unknown,
    /// The index of the next entry.
    next: usize,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for StrictMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.next += 1;
        self.map.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.map.next_value_seed(Seed {
            seed,
            path: self.path.child(self.next.saturating_sub(1), true),
            unknown: self.unknown,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// An externally tagged enum, `{ "variant": value }`: the value is entry 0 of the object.
struct StrictEnum<'t, A> {
    data: A,
    path: Path,
    unknown: &'t Unknown,
}

impl<'t, 'de, A: EnumAccess<'de>> EnumAccess<'de> for StrictEnum<'t, A> {
    type Error = A::Error;
    type Variant = StrictVariant<'t, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.data.variant_seed(seed)?;
        Ok((
            value,
            StrictVariant {
                variant,
                path: self.path.child(0, true),
                unknown: self.unknown,
            },
        ))
    }
}

struct StrictVariant<'t, A> {
    variant: A,
    path: Path,
    unknown: &'t Unknown,
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for StrictVariant<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.variant.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.variant.newtype_variant_seed(Seed {
            seed,
            path: self.path,
            unknown: self.unknown,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.variant.tuple_variant(
            len,
            Wrap {
                visitor,
                path: self.path,
                unknown: self.unknown,
            },
        )
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.variant.struct_variant(
            fields,
            Wrap {
                visitor,
                path: self.path,
                unknown: self.unknown,
            },
        )
    }
}

/// The structural path of each unknown field recorded, and the count of all of them.
pub(crate) fn take(unknown: Unknown) -> (Vec<Vec<usize>>, usize) {
    (unknown.recorded.into_inner(), unknown.count.into_inner())
}
