# careers/openings/platform-engineer.tf
# We describe our open roles the way we describe everything else. Pull requests welcome.

terraform {
  required_providers {
    hiring = {
      source  = "tidewater/hiring"
      version = "~> 2.1"
    }
  }
}

resource "hiring_opening" "platform_engineer" {
  title    = "Platform Engineer (Kubernetes)"
  team     = "Developer Platform"
  location = "Lisbon or remote within EU time zones"
  level    = "mid-senior"

  description = <<-EOT
    You will run the internal platform our 40 product teams ship to:
    Kubernetes clusters on Google Cloud, provisioned with Terraform and
    deployed with Argo CD. You will be on call one week in six.
  EOT

  requirement {
    name     = "Terraform"
    priority = "must"
  }

  requirement {
    name     = "Go or Python"
    priority = "must"
  }

  requirement {
    name     = "Linux"
    priority = "must"
  }

  requirement {
    name     = "Certified Kubernetes Administrator (CKA) or CKAD"
    priority = "must"
    note     = "or equivalent hands-on experience running production clusters"
  }

  requirement {
    name     = "Google Cloud Professional Cloud Architect"
    priority = "nice"
  }

  requirement {
    name     = "Istio"
    priority = "nice"
  }

  requirement {
    name     = "HashiCorp Certified: Terraform Associate"
    priority = "none"
    note     = "Do not filter on it: everyone on the team learnt Terraform on the job."
  }

  perks = [
    "Learning budget of EUR 2,000 a year (the last two hires spent it on the CKS exam)",
    "Home office allowance",
    "Four-day week in August",
  ]

  lifecycle {
    prevent_destroy = true # this role is not going away
  }
}

output "apply_url" {
  value = "https://jobs.tidewater.pt/platform-engineer"
}
