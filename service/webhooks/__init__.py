"""Webhooks: signed requests from applicant tracking systems, signed callbacks back to them."""
